using LinkedInAuto.Configuration;

namespace LinkedInAuto.Alerts;

/// <summary>The channels of the current `alerts` section, built on demand so that a reload takes effect at once.</summary>
public sealed class AlertChannels(ConfigStore config, AppDirectories directories) : IDisposable
{
    private readonly HttpClient _http = AlertHttp.CreateClient();

    /// <summary>Builds every configured channel, in the order of the config.</summary>
    public IReadOnlyList<IAlertChannel> Current() => Create(config.Current.Alerts);

    /// <summary>Builds the channels of <paramref name="options"/>.</summary>
    public IReadOnlyList<IAlertChannel> Create(AlertOptions options) =>
        [.. options.Channels().Select(c => Create(c.Key, c.Value))];

    /// <inheritdoc/>
    public void Dispose() => _http.Dispose();

    private IAlertChannel Create(string name, AlertChannelOptions options) => options switch
    {
        EmailChannelOptions email => new EmailChannel(name, email, directories),
        NtfyChannelOptions ntfy => new NtfyChannel(name, ntfy, directories, _http),
        TelegramChannelOptions telegram => new TelegramChannel(name, telegram, directories, _http),
        WebhookChannelOptions webhook => new WebhookChannel(name, webhook, directories, _http),
        _ => throw new ArgumentException($"unknown alert channel kind {options.GetType().Name}", nameof(options)),
    };
}
