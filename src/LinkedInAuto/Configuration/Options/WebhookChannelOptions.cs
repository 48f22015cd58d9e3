namespace LinkedInAuto.Configuration;

/// <summary>A webhook alert channel: the alert as JSON, optionally signed with HMAC-SHA256.</summary>
public sealed class WebhookChannelOptions : AlertChannelOptions
{
    /// <inheritdoc/>
    public override string Kind => "webhook";

    /// <summary>Gets or sets the URL; it may carry a token, so it is never shown.</summary>
    [Secret]
    public Uri? Url { get; set; }

    /// <summary>Gets or sets the systemd credential holding the signing secret (optional).</summary>
    public string? SecretCredential { get; set; }

    /// <summary>Gets or sets the file holding the signing secret (optional, mode 0640 or stricter).</summary>
    public string? SecretFile { get; set; }

    /// <inheritdoc/>
    protected override void ValidateChannel(ConfigValidationContext context)
    {
        if (Url is null)
        {
            context.Error("url", "missing: expected the http:// or https:// URL the alerts are POSTed to");
        }

        ValidateSecret(context, "signing secret", "secret_credential", SecretCredential, "secret_file", SecretFile, required: false);
    }
}
