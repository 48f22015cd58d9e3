using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LinkedInAuto.Configuration;

namespace LinkedInAuto.Alerts;

/// <summary>A webhook: the alert as JSON (<see cref="Alert"/>), signed when a secret is set: header
/// `X-LinkedInAuto-Signature: sha256=&lt;hex of HMAC-SHA256(secret, body)&gt;` (docs/alerts.md).</summary>
/// <remarks>The X-Title/X-Priority/X-Tags headers keep an ntfy topic URL readable, as before. The URL may carry a
/// token, so it is never logged.</remarks>
public sealed class WebhookChannel(string name, WebhookChannelOptions options, AppDirectories directories, HttpClient http) : IAlertChannel
{
    /// <summary>The signature header.</summary>
    public const string SignatureHeader = "X-LinkedInAuto-Signature";

    /// <inheritdoc/>
    public string Name => name;

    /// <inheritdoc/>
    public string Kind => options.Kind;

    /// <inheritdoc/>
    public string Hint => $"check that the webhook URL's server ({options.Url?.Host}) is reachable from the Pi and accepts a JSON POST, and the signing secret if it verifies one";

    /// <inheritdoc/>
    public bool Receives(string eventName) => options.Receives(eventName);

    /// <summary>Computes the signature header's value of <paramref name="body"/>.</summary>
    public static string Sign(byte[] body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <inheritdoc/>
    public async Task SendAsync(AlertMessage message, CancellationToken cancellationToken)
    {
        var url = options.Url!;
        var secret = AlertSecret.Read(options.SecretCredential, options.SecretFile, directories);
        var topic = url.Segments.Length > 1 ? url.Segments[^1].Trim('/') : string.Empty;
        var alert = new Alert(topic.Length > 0 ? topic : "linkedin-auto", message.Title, message.Body, message.Priority, message.Tags, message.Event, message.Host, message.AtUtc);
        var body = JsonSerializer.SerializeToUtf8Bytes(alert, AlertJsonContext.Default.Alert);
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        request.Headers.TryAddWithoutValidation("X-Title", message.Title);
        request.Headers.TryAddWithoutValidation("X-Priority", message.Priority.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation("X-Tags", string.Join(',', message.Tags));
        if (secret is not null)
        {
            request.Headers.TryAddWithoutValidation(SignatureHeader, Sign(body, secret));
        }

        using var response = await http.SendAsync(request, cancellationToken);
        await AlertHttp.EnsureSuccessAsync(response, cancellationToken);
    }

    /// <inheritdoc/>
    public string Mask(string text)
    {
        if (options.Url is { } url)
        {
            text = text.Replace(url.ToString(), "<webhook url>", StringComparison.Ordinal);
            if (url.PathAndQuery.Length > 1)
            {
                text = text.Replace(url.PathAndQuery, "/***", StringComparison.Ordinal);
            }
        }

        return text;
    }
}
