namespace LinkedInAuto.Alerts;

/// <summary>One configured destination of alerts (e-mail, ntfy, Telegram, webhook).</summary>
public interface IAlertChannel
{
    /// <summary>Gets the channel's name in `config.yaml`.</summary>
    string Name { get; }

    /// <summary>Gets the kind (`email`, `ntfy`, `telegram`, `webhook`).</summary>
    string Kind { get; }

    /// <summary>Gets what to check when a delivery fails, for `alerts test`.</summary>
    string Hint { get; }

    /// <summary>Gets a value indicating whether the channel receives <paramref name="eventName"/>.</summary>
    bool Receives(string eventName);

    /// <summary>Delivers one alert, once; throws on any failure (the caller retries and logs).</summary>
    Task SendAsync(AlertMessage message, CancellationToken cancellationToken);

    /// <summary>Returns <paramref name="text"/> with every secret of this channel (token, password, URL) masked.</summary>
    string Mask(string text);
}
