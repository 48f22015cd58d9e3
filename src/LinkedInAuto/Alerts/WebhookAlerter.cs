using System.Net.Http.Json;
using LinkedInAuto.Configuration;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Alerts;

/// <summary>POSTs an <see cref="Alert"/> as JSON to `alerts.webhook_url`; a failure is logged, never thrown (alerts must not stop runs).</summary>
/// <remarks>The URL may carry a token, so it is never logged; the body holds no cookie, URL or other secret.
/// ntfy: JSON publishing is accepted at the server root with the topic in the body; a topic URL also works, with the
/// title and priority taken from the X-Title/X-Priority/X-Tags headers set here.</remarks>
public sealed partial class WebhookAlerter(ConfigStore config, TimeProvider time, ILogger<WebhookAlerter> logger) : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(15) };

    /// <summary>Sends an alert; returns true when the webhook accepted it (false also when none is configured).</summary>
    public async Task<bool> SendAsync(string eventName, string title, string message, int priority, IReadOnlyList<string> tags, CancellationToken cancellationToken)
    {
        if (config.Current.Alerts.WebhookUrl is not { } url)
        {
            return false;
        }

        var topic = url.Segments.Length > 1 ? url.Segments[^1].Trim('/') : "linkedin-auto";
        var alert = new Alert(topic.Length > 0 ? topic : "linkedin-auto", title, message, priority, tags, eventName, Environment.MachineName, time.GetUtcNow());
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(alert, AlertJsonContext.Default.Alert) };
        request.Headers.TryAddWithoutValidation("X-Title", title);
        request.Headers.TryAddWithoutValidation("X-Priority", priority.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation("X-Tags", string.Join(',', tags));
        try
        {
            using var response = await _http.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                LogSent(eventName);
                return true;
            }

            LogRefused(eventName, (int)response.StatusCode);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            LogFailed(eventName, ex.GetType().Name);
        }

        return false;
    }

    /// <inheritdoc/>
    public void Dispose() => _http.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Alert {AlertEvent} sent to the webhook")]
    private partial void LogSent(string alertEvent);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert {AlertEvent}: the webhook answered HTTP {Status}")]
    private partial void LogRefused(string alertEvent, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert {AlertEvent}: the webhook could not be reached ({Error})")]
    private partial void LogFailed(string alertEvent, string error);
}
