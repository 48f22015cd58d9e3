namespace LinkedInAuto.Configuration;

/// <summary>Delays between actions, so the account acts at a person's pace.</summary>
public sealed class PacingOptions : IValidatableConfig
{
    /// <summary>Gets or sets the random delay between two actions.</summary>
    public DurationRange ActionDelay { get; set; } = new(TimeSpan.FromSeconds(25), TimeSpan.FromSeconds(90));

    /// <summary>Gets or sets after how many actions a longer break is taken (0: never).</summary>
    [Between(0, 100)]
    public int LongBreakEvery { get; set; } = 8;

    /// <summary>Gets or sets the length of the longer break.</summary>
    public DurationRange LongBreak { get; set; } = new(TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(8));

    /// <summary>Gets or sets how many times a throttled or error page is retried (with exponential backoff) before the bot's circuit breaker opens.</summary>
    [Between(0, 10)]
    public int ThrottleRetries { get; set; } = 3;

    /// <summary>Gets or sets the first retry delay after a throttled page; each retry doubles it.</summary>
    [DurationBetween("0", "30m")]
    public TimeSpan ThrottleBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets how long a bot pauses once its retries are exhausted (the circuit breaker's open time).</summary>
    [DurationBetween("1m", "7d")]
    public TimeSpan BreakerCooldown { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Gets or sets how long every bot waits after LinkedIn answered an action with 429 Too Many Requests.</summary>
    [DurationBetween("1h", "30d")]
    public TimeSpan RateLimitCooldown { get; set; } = TimeSpan.FromHours(24);

    /// <inheritdoc/>
    public void Validate(ConfigValidationContext context)
    {
        if (LongBreakEvery > 0 && LongBreak.Max < ActionDelay.Min)
        {
            context.Error("long_break", "a long break shorter than the normal delay is not a break: expected long_break.max ≥ action_delay.min");
        }
    }
}
