using LinkedInAuto.Configuration;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace LinkedInAuto.Alerts;

/// <summary>E-mail through SMTP (MailKit): STARTTLS, implicit TLS or none (a relay on localhost), with authentication when a username is set.</summary>
public sealed class EmailChannel(string name, EmailChannelOptions options, AppDirectories directories) : IAlertChannel
{
    /// <summary>The prefix of every subject.</summary>
    public const string SubjectPrefix = "[linkedin-auto] ";

    /// <inheritdoc/>
    public string Name => name;

    /// <inheritdoc/>
    public string Kind => options.Kind;

    /// <inheritdoc/>
    public string Hint => $"check host {options.Host}, port {options.Port} and security `{ConfigNaming.ToSnakeCase(options.Security.ToString())}` (587: starttls, 465: tls), the username and password source, and that the server accepts mail from {options.From}";

    /// <inheritdoc/>
    public bool Receives(string eventName) => options.Receives(eventName);

    /// <summary>Builds the mail of <paramref name="message"/>.</summary>
    public MimeMessage Compose(AlertMessage message)
    {
        var mail = new MimeMessage();
        mail.From.Add(MailboxAddress.Parse(options.From));
        foreach (var to in options.To)
        {
            mail.To.Add(MailboxAddress.Parse(to));
        }

        mail.Subject = SubjectPrefix + message.Title;
        mail.Date = message.AtUtc;
        mail.Headers.Add("X-LinkedInAuto-Event", message.Event);
        mail.Body = new TextPart("plain")
        {
            Text = $"{message.Body}\n\n-- \nlinkedin-auto on {message.Host}, {message.AtUtc:yyyy-MM-dd HH:mm} UTC\n",
        };
        return mail;
    }

    /// <inheritdoc/>
    public async Task SendAsync(AlertMessage message, CancellationToken cancellationToken)
    {
        var password = AlertSecret.Read(options.PasswordCredential, options.PasswordFile, directories);
        using var mail = Compose(message);
        using var client = new SmtpClient { Timeout = 20_000 };
        var security = options.Security switch
        {
            SmtpSecurity.Tls => SecureSocketOptions.SslOnConnect,
            SmtpSecurity.None => SecureSocketOptions.None,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(options.Host, options.Port, security, cancellationToken);
        if (options.Username.Length > 0)
        {
            await client.AuthenticateAsync(options.Username, password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(mail, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }

    /// <inheritdoc/>
    public string Mask(string text) => AlertSecret.Mask(text, options.PasswordCredential, options.PasswordFile, directories);
}
