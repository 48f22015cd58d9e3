namespace LinkedInAuto.Configuration;

/// <summary>A random duration drawn between <see cref="Min"/> and <see cref="Max"/>, written `{ min: 20s, max: 90s }`.</summary>
public sealed class DurationRange : IValidatableConfig
{
    /// <summary>Initializes a new instance of the <see cref="DurationRange"/> class.</summary>
    public DurationRange()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DurationRange"/> class.</summary>
    public DurationRange(TimeSpan min, TimeSpan max)
    {
        Min = min;
        Max = max;
    }

    /// <summary>Gets or sets the shortest duration.</summary>
    public TimeSpan Min { get; set; }

    /// <summary>Gets or sets the longest duration.</summary>
    public TimeSpan Max { get; set; }

    /// <summary>Draws a duration uniformly between the bounds.</summary>
    public TimeSpan Next(Random random) =>
        Min + TimeSpan.FromTicks((long)(random.NextDouble() * (Max - Min).Ticks));

    /// <inheritdoc/>
    public void Validate(ConfigValidationContext context)
    {
        if (Min < TimeSpan.Zero)
        {
            context.Error("min", $"'{DurationParser.Format(Min)}' is not valid: expected a duration of zero or more");
        }

        if (Max < Min)
        {
            context.Error("max", $"'{DurationParser.Format(Max)}' is shorter than min ({DurationParser.Format(Min)}): expected max ≥ min");
        }

        if (Max > TimeSpan.FromHours(2))
        {
            context.Error("max", $"'{DurationParser.Format(Max)}' is out of range: expected at most 2h");
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"{DurationParser.Format(Min)}–{DurationParser.Format(Max)}";
}
