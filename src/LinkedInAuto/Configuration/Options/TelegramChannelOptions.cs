namespace LinkedInAuto.Configuration;

/// <summary>A Telegram alert channel: the Bot API's sendMessage to one chat.</summary>
public sealed class TelegramChannelOptions : AlertChannelOptions
{
    /// <inheritdoc/>
    public override string Kind => "telegram";

    /// <summary>Gets or sets the chat id (a number, negative for groups, or @channelname).</summary>
    public string ChatId { get; set; } = string.Empty;

    /// <summary>Gets or sets the systemd credential holding the bot token.</summary>
    public string? TokenCredential { get; set; }

    /// <summary>Gets or sets the file holding the bot token (mode 0640 or stricter).</summary>
    public string? TokenFile { get; set; }

    /// <summary>Gets or sets the Bot API's base URL.</summary>
    public Uri ApiUrl { get; set; } = new("https://api.telegram.org");

    /// <inheritdoc/>
    protected override void ValidateChannel(ConfigValidationContext context)
    {
        if (!(long.TryParse(ChatId, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _)
            || (ChatId.StartsWith('@') && ChatId.Length > 1)))
        {
            context.Error("chat_id", $"'{ChatId}' is not valid: expected the numeric chat id (e.g. 123456789, or -100… for a group) or @channelname");
        }

        ValidateSecret(context, "Telegram bot token", "token_credential", TokenCredential, "token_file", TokenFile, required: true);
    }
}
