namespace LinkedInAuto.Configuration;

/// <summary>Alerts: the channels (e-mail, ntfy, Telegram, webhook), which events each receives, and the optional summaries.</summary>
/// <remarks>Channels are named sections under their kind (`alerts.ntfy.phone`); a name is unique across kinds. The legacy
/// `webhook_url` still works: it is an unsigned webhook channel named `webhook` that receives every default event.</remarks>
public sealed class AlertOptions : IValidatableConfig
{
    /// <summary>The channel name the legacy <see cref="WebhookUrl"/> takes.</summary>
    public const string LegacyWebhookName = "webhook";

    /// <summary>Gets or sets the legacy webhook URL; empty: none. It may carry a token, so it is never shown.</summary>
    [Secret]
    public Uri? WebhookUrl { get; set; }

    /// <summary>Gets or sets after how many failed runs in a row an alert is sent.</summary>
    [Between(1, 100)]
    public int FailedRunsThreshold { get; set; } = 3;

    /// <summary>Gets or sets whether every finished run sends a one-line summary (event `run_summary`).</summary>
    public bool RunSummary { get; set; }

    /// <summary>Gets or sets whether a daily digest is sent at <see cref="DigestTime"/> (event `daily_digest`).</summary>
    public bool DailyDigest { get; set; }

    /// <summary>Gets or sets the local time of the daily digest.</summary>
    public TimeOnly DigestTime { get; set; } = new(20, 0);

    /// <summary>Gets or sets the e-mail channels, by name.</summary>
    public Dictionary<string, EmailChannelOptions> Email { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Gets or sets the ntfy channels, by name.</summary>
    public Dictionary<string, NtfyChannelOptions> Ntfy { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Gets or sets the Telegram channels, by name.</summary>
    public Dictionary<string, TelegramChannelOptions> Telegram { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Gets or sets the webhook channels, by name.</summary>
    public Dictionary<string, WebhookChannelOptions> Webhook { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Gets every configured channel by name (the legacy webhook included), in the order kinds are listed.</summary>
    public IReadOnlyList<KeyValuePair<string, AlertChannelOptions>> Channels()
    {
        var all = new List<KeyValuePair<string, AlertChannelOptions>>();
        all.AddRange(Email.Select(c => new KeyValuePair<string, AlertChannelOptions>(c.Key, c.Value)));
        all.AddRange(Ntfy.Select(c => new KeyValuePair<string, AlertChannelOptions>(c.Key, c.Value)));
        all.AddRange(Telegram.Select(c => new KeyValuePair<string, AlertChannelOptions>(c.Key, c.Value)));
        all.AddRange(Webhook.Select(c => new KeyValuePair<string, AlertChannelOptions>(c.Key, c.Value)));
        if (WebhookUrl is { } url && !Webhook.ContainsKey(LegacyWebhookName))
        {
            all.Add(new(LegacyWebhookName, new WebhookChannelOptions { Url = url }));
        }

        return all;
    }

    /// <inheritdoc/>
    public void Validate(ConfigValidationContext context)
    {
        if (WebhookUrl is not null && Webhook.ContainsKey(LegacyWebhookName))
        {
            context.Error("webhook_url", $"both `webhook_url` and a webhook channel named '{LegacyWebhookName}' are set: move the URL to `alerts.webhook.{LegacyWebhookName}.url` and remove `webhook_url`");
        }

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (kind, names) in new (string Kind, IEnumerable<string> Names)[] { ("email", Email.Keys), ("ntfy", Ntfy.Keys), ("telegram", Telegram.Keys), ("webhook", Webhook.Keys) })
        {
            foreach (var name in names)
            {
                if (!AlertChannelOptions.IsValidName(name))
                {
                    context.Error($"{kind}.{name}", $"'{name}' is not a valid channel name: expected letters, digits, '-' or '_'");
                }

                if (seen.TryGetValue(name, out var other))
                {
                    context.Error($"{kind}.{name}", $"the channel name '{name}' is already used under `alerts.{other}`: expected names unique across kinds");
                }

                seen[name] = kind;
            }
        }
    }
}
