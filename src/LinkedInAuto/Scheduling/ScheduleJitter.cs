namespace LinkedInAuto.Scheduling;

/// <summary>Draws the random delay added to each planned start, so runs never begin at the same minute every day.</summary>
public sealed class ScheduleJitter
{
    private readonly Random _random;
    private readonly Lock _gate = new();

    /// <summary>Initializes a new instance of the <see cref="ScheduleJitter"/> class drawing from <see cref="Random.Shared"/>.</summary>
    public ScheduleJitter()
        : this(Random.Shared)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ScheduleJitter"/> class. For testing: a seeded generator.</summary>
    internal ScheduleJitter(Random random) => _random = random;

    /// <summary>Draws a delay in [0, <paramref name="max"/>], whole seconds.</summary>
    public TimeSpan Next(TimeSpan max)
    {
        if (max <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        lock (_gate)
        {
            return TimeSpan.FromSeconds(_random.NextInt64((long)max.TotalSeconds + 1));
        }
    }
}
