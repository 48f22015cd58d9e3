namespace LinkedInAuto.Configuration;

/// <summary>When bots run: a cron schedule each, inside active hours, never on days off.</summary>
public sealed class ScheduleOptions : IValidatableConfig
{
    /// <summary>The bots that have a schedule, in the order they win a tie (same start time).</summary>
    public static readonly IReadOnlyList<string> BotNames = ["birthday", "invitations", "visitor"];

    /// <summary>Gets or sets the hours in which runs may start and must end.</summary>
    public TimeWindow ActiveHours { get; set; } = new(new TimeOnly(8, 30), new TimeOnly(20, 0));

    /// <summary>Gets or sets the days on which nothing runs.</summary>
    public List<DayOfWeek> DaysOff { get; set; } = [DayOfWeek.Sunday];

    /// <summary>Gets or sets the most a scheduled start is delayed at random.</summary>
    [DurationBetween("0", "3h")]
    public TimeSpan Jitter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Gets or sets a value indicating whether a run missed while the Pi was off runs once at start (inside active hours).</summary>
    public bool CatchUp { get; set; } = true;

    /// <summary>Gets or sets how long a run due while the Pi is offline waits before it tries again.</summary>
    [DurationBetween("1m", "3h")]
    public TimeSpan OfflineRetryAfter { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Gets or sets the birthday bot's schedule.</summary>
    public BotSchedule Birthday { get; set; } = new("0 9 * * *", TimeSpan.FromMinutes(45));

    /// <summary>Gets or sets the invitation bot's schedule.</summary>
    public BotSchedule Invitations { get; set; } = new("30 10 * * *", TimeSpan.FromMinutes(30));

    /// <summary>Gets or sets the visitor bot's schedule.</summary>
    public BotSchedule Visitor { get; set; } = new("0 14 * * 1-5", TimeSpan.FromMinutes(60));

    /// <summary>Gets the schedule of <paramref name="bot"/> (`birthday`, `invitations` or `visitor`).</summary>
    /// <exception cref="ArgumentException">No such bot.</exception>
    public BotSchedule For(string bot) => bot switch
    {
        "birthday" => Birthday,
        "invitations" => Invitations,
        "visitor" => Visitor,
        _ => throw new ArgumentException($"unknown bot '{bot}'", nameof(bot)),
    };

    /// <inheritdoc/>
    public void Validate(ConfigValidationContext context)
    {
        if (DaysOff.Distinct().Count() == 7)
        {
            context.Error("days_off", "every day is a day off: expected at least one working day");
        }
    }
}

/// <summary>One bot's schedule.</summary>
public sealed class BotSchedule
{
    /// <summary>Initializes a new instance of the <see cref="BotSchedule"/> class.</summary>
    public BotSchedule()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="BotSchedule"/> class.</summary>
    public BotSchedule(string cron, TimeSpan maxDuration)
    {
        Cron = CronSchedule.Parse(cron);
        MaxDuration = maxDuration;
    }

    /// <summary>Gets or sets a value indicating whether the bot runs on its schedule (manual runs are always possible).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Gets or sets the cron schedule in the configured time zone.</summary>
    public CronSchedule Cron { get; set; } = CronSchedule.Parse("0 9 * * *");

    /// <summary>Gets or sets the longest a run may last before it is cancelled and cleaned up.</summary>
    [DurationBetween("1m", "6h")]
    public TimeSpan MaxDuration { get; set; } = TimeSpan.FromMinutes(45);
}

/// <summary>A daily window `{ start: "08:30", end: "20:00" }` in the configured time zone.</summary>
public sealed class TimeWindow : IValidatableConfig
{
    /// <summary>Initializes a new instance of the <see cref="TimeWindow"/> class.</summary>
    public TimeWindow()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="TimeWindow"/> class.</summary>
    public TimeWindow(TimeOnly start, TimeOnly end)
    {
        Start = start;
        End = end;
    }

    /// <summary>Gets or sets the start of the window.</summary>
    public TimeOnly Start { get; set; }

    /// <summary>Gets or sets the end of the window (after the start; windows do not cross midnight; `24:00`, read as
    /// <see cref="TimeOnly.MaxValue"/>, is the end of the day).</summary>
    public TimeOnly End { get; set; }

    /// <summary>Gets a value indicating whether a local time of day is inside the window (the end excluded, unless it is the end of the day).</summary>
    public bool Contains(TimeOnly time) => time >= Start && (time < End || End == TimeOnly.MaxValue);

    /// <inheritdoc/>
    public void Validate(ConfigValidationContext context)
    {
        if (End <= Start)
        {
            context.Error("end", $"'{ScalarConverterFormat(End)}' is not after start ({ScalarConverterFormat(Start)}): expected end later than start on the same day");
        }
    }

    private static string ScalarConverterFormat(TimeOnly time) => ScalarConverter.Format(time);
}
