namespace LinkedInAuto.Configuration;

/// <summary>Optional webhook alerts (plain JSON POST, ntfy-compatible).</summary>
public sealed class AlertOptions
{
    /// <summary>Gets or sets the webhook URL; empty: no alerts. It may carry a token, so it is never shown.</summary>
    [Secret]
    public Uri? WebhookUrl { get; set; }

    /// <summary>Gets or sets after how many failed runs in a row an alert is sent.</summary>
    [Between(1, 100)]
    public int FailedRunsThreshold { get; set; } = 3;
}
