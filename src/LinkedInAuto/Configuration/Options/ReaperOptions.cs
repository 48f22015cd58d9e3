namespace LinkedInAuto.Configuration;

/// <summary>The orphaned-Chromium reaper.</summary>
public sealed class ReaperOptions
{
    /// <summary>Gets or sets how often the reaper looks for orphans (it also runs after each run).</summary>
    [DurationBetween("30s", "1h")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets how long an orphan has between SIGTERM and SIGKILL.</summary>
    [DurationBetween("1s", "2m")]
    public TimeSpan Grace { get; set; } = TimeSpan.FromSeconds(10);
}
