using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using LinkedInAuto.Configuration;

namespace LinkedInAuto.Alerts;

/// <summary>ntfy: `POST server/topic`, the body is the readable message, the rest in ntfy's headers (Title, Priority, Tags, Click).</summary>
/// <remarks>A header value that is not ASCII is sent RFC 2047-encoded (`=?UTF-8?B?…?=`), which ntfy decodes (docs/alerts.md).</remarks>
public sealed class NtfyChannel(string name, NtfyChannelOptions options, AppDirectories directories, HttpClient http) : IAlertChannel
{
    /// <inheritdoc/>
    public string Name => name;

    /// <inheritdoc/>
    public string Kind => options.Kind;

    /// <inheritdoc/>
    public string Hint => $"check that {options.Server} is reachable from the Pi, the topic '{options.Topic}', and the access token (token_credential / token_file) if the server requires one";

    /// <inheritdoc/>
    public bool Receives(string eventName) => options.Receives(eventName);

    /// <inheritdoc/>
    public async Task SendAsync(AlertMessage message, CancellationToken cancellationToken)
    {
        var token = AlertSecret.Read(options.TokenCredential, options.TokenFile, directories);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.Server, options.Topic))
        {
            Content = new StringContent(message.Body + $"\n\n({message.Host})", Encoding.UTF8, "text/plain"),
        };
        request.Headers.TryAddWithoutValidation("Title", HeaderText(message.Title));
        request.Headers.TryAddWithoutValidation("Priority", message.Priority.ToString(CultureInfo.InvariantCulture));
        if (message.Tags.Count > 0)
        {
            request.Headers.TryAddWithoutValidation("Tags", string.Join(',', message.Tags));
        }

        if (options.Click is { } click)
        {
            request.Headers.TryAddWithoutValidation("Click", click.ToString());
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        await AlertHttp.EnsureSuccessAsync(response, cancellationToken);
    }

    /// <inheritdoc/>
    public string Mask(string text) => AlertSecret.Mask(text, options.TokenCredential, options.TokenFile, directories);

    /// <summary>Returns <paramref name="text"/> as is when it is ASCII, RFC 2047-encoded otherwise.</summary>
    public static string HeaderText(string text) =>
        text.All(char.IsAscii) ? text : "=?UTF-8?B?" + Convert.ToBase64String(Encoding.UTF8.GetBytes(text)) + "?=";
}
