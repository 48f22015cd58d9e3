namespace LinkedInAuto.Configuration;

/// <summary>How the SMTP connection is secured.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain connection upgraded with STARTTLS (port 587); refused when the server does not offer it.</summary>
    Starttls,

    /// <summary>TLS from the first byte (port 465).</summary>
    Tls,

    /// <summary>No encryption: only for a relay on localhost.</summary>
    None,
}

/// <summary>An e-mail alert channel: SMTP through MailKit.</summary>
public sealed class EmailChannelOptions : AlertChannelOptions
{
    /// <inheritdoc/>
    public override string Kind => "email";

    /// <summary>Gets or sets the SMTP server's host name.</summary>
    public string Host { get; set; } = string.Empty;

    /// <summary>Gets or sets the SMTP port.</summary>
    [Between(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>Gets or sets the connection security: `starttls`, `tls` or `none`.</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.Starttls;

    /// <summary>Gets or sets the SMTP user name; empty: no authentication.</summary>
    public string Username { get; set; } = string.Empty;

    /// <summary>Gets or sets the systemd credential holding the password.</summary>
    public string? PasswordCredential { get; set; }

    /// <summary>Gets or sets the file holding the password (mode 0640 or stricter).</summary>
    public string? PasswordFile { get; set; }

    /// <summary>Gets or sets the sender address.</summary>
    public string From { get; set; } = string.Empty;

    /// <summary>Gets or sets the recipients.</summary>
    public List<string> To { get; set; } = [];

    /// <inheritdoc/>
    protected override void ValidateChannel(ConfigValidationContext context)
    {
        if (string.IsNullOrWhiteSpace(Host))
        {
            context.Error("host", "missing: expected the SMTP server's host name, e.g. smtp.example.org (or localhost)");
        }

        if (!IsAddress(From))
        {
            context.Error("from", $"'{From}' is not valid: expected the sender's e-mail address, e.g. pi@example.org");
        }

        if (To.Count == 0)
        {
            context.Error("to", "missing: expected a list of at least one recipient address");
        }

        for (var i = 0; i < To.Count; i++)
        {
            if (!IsAddress(To[i]))
            {
                context.Error($"to[{i}]", $"'{To[i]}' is not valid: expected an e-mail address");
            }
        }

        ValidateSecret(context, "SMTP password", "password_credential", PasswordCredential, "password_file", PasswordFile, required: Username.Length > 0);
        if (Username.Length == 0 && (PasswordCredential is { Length: > 0 } || PasswordFile is { Length: > 0 }))
        {
            context.Error("username", "a password source is set but no username: expected the SMTP user name");
        }

        if (Security == SmtpSecurity.None && Username.Length > 0 && Host is not ("localhost" or "127.0.0.1" or "::1"))
        {
            context.Error("security", "`none` would send the password in clear text to a remote server: expected starttls or tls (none is for a relay on localhost)");
        }
    }

    private static bool IsAddress(string text) =>
        text.Length > 2 && text.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && at < text.Length - 1 && !text.Any(char.IsWhiteSpace);
}
