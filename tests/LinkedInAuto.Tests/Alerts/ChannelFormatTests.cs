using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LinkedInAuto.Alerts;

namespace LinkedInAuto.Tests.Alerts;

/// <summary>Each channel's request, as received by a real local server, in the format its service documents (issue 15, acceptance 1).</summary>
public sealed class ChannelFormatTests
{
    [Fact]
    public async Task Ntfy_PostsToServerTopic_WithTitlePriorityTagsClickBearer_AndAReadableBody()
    {
        using var ntfy = new HttpCapture();
        await using var harness = new AlertHarness($"""
            ntfy:
              phone:
                server: {ntfy.Url}
                topic: linkedin-pi
                token_credential: ntfy-token
                click: https://www.linkedin.com/feed/
            """);

        harness.Dispatcher.Publish(harness.Sample());
        var request = await ntfy.ReceiveAsync();

        Assert.Equal(("POST", "/linkedin-pi"), (request.Method, request.Path));
        Assert.Equal("LinkedIn needs you: checkpoint", request.Headers["Title"]);
        Assert.Equal("5", request.Headers["Priority"]);
        Assert.Equal("warning", request.Headers["Tags"]);
        Assert.Equal("https://www.linkedin.com/feed/", request.Headers["Click"]);
        Assert.Equal("Bearer " + AlertHarness.NtfyToken, request.Headers["Authorization"]);
        Assert.StartsWith("text/plain", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal("LinkedIn asks for a security verification. Run `linkedin-auto resume`.\n\n(pi)", request.Text);
    }

    [Fact]
    public void Ntfy_NonAsciiTitle_IsRfc2047Encoded()
    {
        Assert.Equal("plain", NtfyChannel.HeaderText("plain"));
        Assert.Equal("=?UTF-8?B?" + Convert.ToBase64String(Encoding.UTF8.GetBytes("Élodie")) + "?=", NtfyChannel.HeaderText("Élodie"));
    }

    [Fact]
    public async Task Telegram_PostsSendMessage_WithChatIdAndText_TokenInThePathOnly()
    {
        using var telegram = new HttpCapture(answer: "{\"ok\":true,\"result\":{}}");
        await using var harness = new AlertHarness($"""
            telegram:
              me:
                chat_id: "-100123456"
                token_credential: telegram-token
                api_url: {telegram.Url}
            """);

        harness.Dispatcher.Publish(harness.Sample());
        var request = await telegram.ReceiveAsync();

        Assert.Equal(("POST", $"/bot{AlertHarness.TelegramToken}/sendMessage"), (request.Method, request.Path));
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        using var json = JsonDocument.Parse(request.Body);
        Assert.Equal("-100123456", json.RootElement.GetProperty("chat_id").GetString());
        Assert.Equal("LinkedIn needs you: checkpoint\n\nLinkedIn asks for a security verification. Run `linkedin-auto resume`.\n\n(pi)", json.RootElement.GetProperty("text").GetString());
        Assert.DoesNotContain(AlertHarness.TelegramToken, request.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Webhook_PostsTheAlertAsJson_SignedWithHmacSha256OfTheBody()
    {
        using var hook = new HttpCapture();
        await using var harness = new AlertHarness($"""
            webhook:
              home:
                url: {hook.Url}hooks/linkedin
                secret_credential: webhook-secret
            """);

        harness.Dispatcher.Publish(harness.Sample());
        var request = await hook.ReceiveAsync();

        Assert.Equal(("POST", "/hooks/linkedin"), (request.Method, request.Path));
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(AlertHarness.WebhookSecret), request.Body));
        Assert.Equal(expected, request.Headers[WebhookChannel.SignatureHeader]);
        using var json = JsonDocument.Parse(request.Body);
        var root = json.RootElement;
        Assert.Equal("attention_needed", root.GetProperty("event").GetString());
        Assert.Equal("LinkedIn needs you: checkpoint", root.GetProperty("title").GetString());
        Assert.Equal(5, root.GetProperty("priority").GetInt32());
        Assert.Equal("warning", root.GetProperty("tags")[0].GetString());
        Assert.Equal("linkedin", root.GetProperty("topic").GetString());
        Assert.Equal("pi", root.GetProperty("host").GetString());
        Assert.Contains("linkedin-auto resume", root.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(AlertHarness.WebhookSecret, request.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LegacyWebhookUrl_StillPostsUnsignedJson()
    {
        using var hook = new HttpCapture();
        await using var harness = new AlertHarness($"webhook_url: {hook.Url}linkedin?auth=tk_legacy");

        harness.Dispatcher.Publish(harness.Sample());
        var request = await hook.ReceiveAsync();

        Assert.Equal("/linkedin?auth=tk_legacy", request.Path);
        Assert.Null(request.Headers[WebhookChannel.SignatureHeader]);
        using var json = JsonDocument.Parse(request.Body);
        Assert.Equal("attention_needed", json.RootElement.GetProperty("event").GetString());
    }

    [Fact]
    public async Task Email_TestAndAttentionMails_ReachARealSmtpServer_WithSubjectAndBody()
    {
        await using var smtp = await SmtpSink.StartAsync();
        await using var harness = new AlertHarness($"""
            email:
              mail:
                host: 127.0.0.1
                port: {smtp.Port}
                security: none
                from: pi@example.org
                to: [owner@example.org, second@example.org]
            """);

        var results = await new AlertTester(harness.Channels, harness.Delivery, harness.Clock).RunAsync(null, CancellationToken.None);
        var test = await smtp.ReceiveAsync();
        harness.Dispatcher.Publish(AlertTexts.Attention(new LinkedInAuto.Storage.AccountStatus(LinkedInAuto.Storage.Entities.AccountState.Checkpoint, null, "checkpoint path /checkpoint/challenge/x"), harness.Clock.GetUtcNow()));
        var attention = await smtp.ReceiveAsync();

        Assert.True(results.Single().Delivered, results.Single().Error);
        Assert.Equal("[linkedin-auto] Test alert", test.Subject);
        Assert.Contains("If you read it, this channel works", test.TextBody, StringComparison.Ordinal);
        Assert.Equal("pi@example.org", test.From.Mailboxes.Single().Address);
        Assert.Equal(["owner@example.org", "second@example.org"], test.To.Mailboxes.Select(m => m.Address));
        Assert.Equal("[linkedin-auto] LinkedIn needs you: checkpoint", attention.Subject);
        Assert.Contains("security verification", attention.TextBody, StringComparison.Ordinal);
        Assert.Contains("linkedin-auto resume", attention.TextBody, StringComparison.Ordinal);
        Assert.Equal("attention_needed", attention.Headers["X-LinkedInAuto-Event"]);
    }
}
