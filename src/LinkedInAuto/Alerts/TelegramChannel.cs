using System.Net.Http.Json;
using System.Text.Json.Serialization;
using LinkedInAuto.Configuration;

namespace LinkedInAuto.Alerts;

/// <summary>Telegram: the Bot API's `POST {api_url}/bot{token}/sendMessage` with JSON `chat_id` and `text` (plain text).</summary>
/// <remarks>The token is part of the URL's path, so the URL is never logged and errors are masked.</remarks>
public sealed class TelegramChannel(string name, TelegramChannelOptions options, AppDirectories directories, HttpClient http) : IAlertChannel
{
    /// <inheritdoc/>
    public string Name => name;

    /// <inheritdoc/>
    public string Kind => options.Kind;

    /// <inheritdoc/>
    public string Hint => $"check the bot token (token_credential / token_file), that chat {options.ChatId} has started a conversation with the bot (or added it to the group), and that {options.ApiUrl.Host} is reachable";

    /// <inheritdoc/>
    public bool Receives(string eventName) => options.Receives(eventName);

    /// <inheritdoc/>
    public async Task SendAsync(AlertMessage message, CancellationToken cancellationToken)
    {
        var token = AlertSecret.Read(options.TokenCredential, options.TokenFile, directories)!;
        // Not new Uri(base, "bot123:…"): the colon of the token would make it a scheme.
        var url = new Uri($"{options.ApiUrl.AbsoluteUri.TrimEnd('/')}/bot{token}/sendMessage");
        var body = new TelegramMessage(options.ChatId, $"{message.Title}\n\n{message.Body}\n\n({message.Host})");
        using var response = await http.PostAsJsonAsync(url, body, TelegramJsonContext.Default.TelegramMessage, cancellationToken);
        await AlertHttp.EnsureSuccessAsync(response, cancellationToken);
    }

    /// <inheritdoc/>
    public string Mask(string text) => AlertSecret.Mask(text, options.TokenCredential, options.TokenFile, directories);
}

/// <summary>The body of Telegram's sendMessage.</summary>
/// <param name="ChatId">The chat.</param>
/// <param name="Text">The plain text.</param>
public sealed record TelegramMessage(string ChatId, string Text);

/// <summary>Serialization of <see cref="TelegramMessage"/>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(TelegramMessage))]
internal sealed partial class TelegramJsonContext : JsonSerializerContext;
