namespace LinkedInAuto.Configuration;

/// <summary>The memory floor checked before a browser is started.</summary>
public sealed class MemoryOptions
{
    /// <summary>Gets or sets the MiB of MemAvailable + SwapFree needed to start a run.</summary>
    [Between(100, 8192)]
    public int MinAvailableMb { get; set; } = 700;

    /// <summary>Gets or sets how long a postponed run waits before checking again.</summary>
    [DurationBetween("1m", "2h")]
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromMinutes(15);
}
