using LinkedInAuto.Configuration;

namespace LinkedInAuto.Tests.Alerts;

/// <summary>The `alerts:` schema: channels by kind and name, events, secrets never inline, and the legacy `webhook_url`.</summary>
public sealed class AlertConfigTests
{
    private static readonly Dictionary<string, string> s_noEnvironment = [];

    [Theory]
    [InlineData("telegram:\n    me: { chat_id: \"42\" }", "alerts.telegram.me.token_credential", "the Telegram bot token is missing")]
    [InlineData("telegram:\n    me: { chat_id: \"42\", token: \"1:abc\" }", "alerts.telegram.me.token", "unknown key 'token'")]
    [InlineData("ntfy:\n    phone: { topic: \"a b\" }", "alerts.ntfy.phone.topic", "expected the ntfy topic")]
    [InlineData("email:\n    mail: { host: smtp.example.org, from: a@b.org, to: [c@d.org], username: u }", "alerts.email.mail.password_credential", "expected `password_credential`")]
    [InlineData("email:\n    mail: { host: smtp.example.org, security: none, from: a@b.org, to: [c@d.org], username: u, password_file: /etc/p }", "alerts.email.mail.security", "none is for a relay on localhost")]
    [InlineData("email:\n    mail: { host: smtp.example.org, security: ssl, from: a@b.org, to: [c@d.org] }", "alerts.email.mail.security", "starttls")]
    [InlineData("webhook:\n    home: { url: \"http://h/\", events: [checkpoint] }", "alerts.webhook.home.events[0]", "unknown event 'checkpoint'")]
    [InlineData("webhook:\n    home: { url: \"http://h/\", secret_credential: a, secret_file: /etc/s }", "alerts.webhook.home.secret_file", "expected one source")]
    [InlineData("webhook:\n    dup: { url: \"http://h/\" }\n  ntfy:\n    dup: { topic: t }", "alerts.webhook.dup", "already used under `alerts.ntfy`")]
    [InlineData("webhook_url: http://h/\n  webhook:\n    webhook: { url: \"http://h/\" }", "alerts.webhook_url", "move the URL to `alerts.webhook.webhook.url`")]
    public void BadAlerts_NameTheKeyAndWhatIsExpected(string alerts, string key, string expected)
    {
        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Parse("alerts:\n  " + alerts + "\n", "config.yaml", s_noEnvironment));

        Assert.Contains(ex.Errors, e => e.Path == key && e.Problem.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Channels_EveryKindWithItsName_LegacyWebhookUrlIncluded()
    {
        var config = ConfigLoader.Parse(
            """
            alerts:
              webhook_url: https://ntfy.example.org/legacy
              email:
                mail: { host: localhost, port: 25, security: none, from: pi@example.org, to: [me@example.org] }
              ntfy:
                phone: { server: "https://ntfy.example.org", topic: linkedin, events: [attention_needed] }
              telegram:
                me: { chat_id: "123", token_credential: linkedin-auto.telegram }
            """,
            "config.yaml",
            s_noEnvironment);

        var channels = config.Alerts.Channels();

        Assert.Equal(["mail", "phone", "me", "webhook"], channels.Select(c => c.Key));
        Assert.Equal(SmtpSecurity.None, ((EmailChannelOptions)channels[0].Value).Security);
        Assert.True(channels[1].Value.Receives("attention_needed"));
        Assert.False(channels[1].Value.Receives("memory_low"));
        Assert.True(channels[1].Value.Receives("test"));
        Assert.Equal(new Uri("https://ntfy.example.org/legacy"), ((WebhookChannelOptions)channels[3].Value).Url);
    }

    [Fact]
    public void ConfigShow_PrintsEachChannelsKeys_WithTheWebhookUrlMasked()
    {
        var config = ConfigLoader.Parse(
            """
            alerts:
              webhook:
                home: { url: "https://hooks.example.org/t0ken", secret_credential: wh, events: [memory_low] }
            """,
            "config.yaml",
            s_noEnvironment);

        var text = ConfigPrinter.Render(config);

        Assert.Contains("  webhook:\n    home:\n      events:\n        - memory_low\n      url: \"***\"\n      secret_credential: wh\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("t0ken", text, StringComparison.Ordinal);
    }
}
