namespace LinkedInAuto.Configuration;

/// <summary>An ntfy alert channel: a POST to `server/topic` with ntfy's headers.</summary>
public sealed class NtfyChannelOptions : AlertChannelOptions
{
    /// <inheritdoc/>
    public override string Kind => "ntfy";

    /// <summary>Gets or sets the ntfy server (ntfy.sh or a self-hosted one).</summary>
    public Uri Server { get; set; } = new("https://ntfy.sh");

    /// <summary>Gets or sets the topic.</summary>
    public string Topic { get; set; } = string.Empty;

    /// <summary>Gets or sets the systemd credential holding an access token (optional).</summary>
    public string? TokenCredential { get; set; }

    /// <summary>Gets or sets the file holding an access token (optional, mode 0640 or stricter).</summary>
    public string? TokenFile { get; set; }

    /// <summary>Gets or sets the link opened when the notification is tapped; empty: none.</summary>
    public Uri? Click { get; set; }

    /// <inheritdoc/>
    protected override void ValidateChannel(ConfigValidationContext context)
    {
        if (Topic.Length == 0 || !IsValidName(Topic))
        {
            context.Error("topic", $"'{Topic}' is not valid: expected the ntfy topic, letters, digits, '-' or '_' (1 to 64)");
        }

        ValidateSecret(context, "ntfy access token", "token_credential", TokenCredential, "token_file", TokenFile, required: false);
    }
}
