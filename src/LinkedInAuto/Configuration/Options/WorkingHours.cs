namespace LinkedInAuto.Configuration;

/// <summary>Answers "may the account act now?" from the active hours and days off, in the configured time zone.</summary>
public sealed class WorkingHours(ScheduleOptions schedule, TimeZoneInfo zone)
{
    /// <summary>Creates the rule from the configuration in effect.</summary>
    public static WorkingHours From(AppConfig config) => new(config.Schedule, config.TimeZone.Zone);

    /// <summary>Gets the local date of <paramref name="utc"/> in the configured time zone.</summary>
    public DateOnly LocalDate(DateTimeOffset utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(utc, zone).DateTime);

    /// <summary>Gets a value indicating whether <paramref name="utc"/> falls on a working day inside the active hours.</summary>
    public bool IsOpen(DateTimeOffset utc)
    {
        var local = TimeZoneInfo.ConvertTime(utc, zone);
        return !schedule.DaysOff.Contains(local.DayOfWeek) && schedule.ActiveHours.Contains(TimeOnly.FromDateTime(local.DateTime));
    }

    /// <summary>Gets how long the current active window lasts from <paramref name="utc"/>; zero when closed.</summary>
    public TimeSpan Remaining(DateTimeOffset utc)
    {
        if (!IsOpen(utc))
        {
            return TimeSpan.Zero;
        }

        var local = TimeZoneInfo.ConvertTime(utc, zone);
        return schedule.ActiveHours.End.ToTimeSpan() - local.TimeOfDay;
    }
}
