using System.Text.Json;
using LinkedInAuto.Cli;

namespace LinkedInAuto.Tests.Alerts;

/// <summary>`linkedin-auto alerts test [--channel NAME]` with the daemon down: per channel, delivered or the error and what to check; exit 1 if any failed.</summary>
public sealed class AlertsTestCommandTests
{
    [Fact]
    public async Task AllChannelsUp_EachDelivered_Exit0()
    {
        await using var smtp = await SmtpSink.StartAsync();
        using var ntfy = new HttpCapture();
        using var dir = new TempDirectory();
        var config = WriteConfig(dir, $$"""
              email:
                mail: { host: 127.0.0.1, port: {{smtp.Port}}, security: none, from: pi@example.org, to: [me@example.org] }
              ntfy:
                phone: { server: {{ntfy.Url}}, topic: pi }
            """);

        var (code, output, error) = await RunAsync(config, "alerts", "test");

        Assert.True(code == 0, output + error);
        Assert.Equal(["mail (email): delivered", "phone (ntfy): delivered"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("[linkedin-auto] Test alert", (await smtp.ReceiveAsync()).Subject);
        Assert.Equal("Test alert", (await ntfy.ReceiveAsync()).Headers["Title"]);
    }

    [Fact]
    public async Task OneChannelDown_ItsErrorAndWhatToCheck_WithoutTheToken_Exit1()
    {
        using var hook = new HttpCapture();
        using var dir = new TempDirectory();
        var token = dir.File("telegram-token");
        await File.WriteAllTextAsync(token, "999:s3cr3t-telegram\n");
        File.SetUnixFileMode(token, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var config = WriteConfig(dir, $$"""
              telegram:
                me: { chat_id: "42", token_file: {{token}}, api_url: "http://127.0.0.1:{{SmtpSink.FreePort()}}/" }
              webhook:
                home: { url: {{hook.Url}} }
            """);

        var (code, output, _) = await RunAsync(config, "alerts", "test");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(1, code);
        Assert.StartsWith("me (telegram): FAILED: ", lines[0], StringComparison.Ordinal);
        Assert.Contains("refused", lines[0], StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("  check: check the bot token", lines[1], StringComparison.Ordinal);
        Assert.Equal("home (webhook): delivered", lines[2]);
        Assert.DoesNotContain("s3cr3t-telegram", output, StringComparison.Ordinal);
        using var body = JsonDocument.Parse((await hook.ReceiveAsync()).Body);
        Assert.Equal("test", body.RootElement.GetProperty("event").GetString());
    }

    [Fact]
    public async Task ChannelOption_TestsOnlyThatChannel_AndAnUnknownNameIsRefused()
    {
        using var first = new HttpCapture();
        using var second = new HttpCapture();
        using var dir = new TempDirectory();
        var config = WriteConfig(dir, $$"""
              webhook:
                first: { url: {{first.Url}} }
                second: { url: {{second.Url}} }
            """);

        var (code, output, _) = await RunAsync(config, "alerts", "test", "--channel", "second");
        var (unknownCode, _, unknownError) = await RunAsync(config, "alerts", "test", "--channel", "third");

        Assert.Equal((0, "second (webhook): delivered"), (code, output.Trim()));
        await second.ReceiveAsync();
        Assert.Equal(0, first.Count);
        Assert.Equal(1, unknownCode);
        Assert.Contains("no alert channel is named 'third': configured channels are first, second", unknownError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecretFileReadableByOthers_Refused_WithTheChmodToRun()
    {
        using var hook = new HttpCapture();
        using var dir = new TempDirectory();
        var secret = dir.File("secret");
        await File.WriteAllTextAsync(secret, "whsec\n");
        File.SetUnixFileMode(secret, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var config = WriteConfig(dir, $$"""
              webhook:
                home: { url: {{hook.Url}}, secret_file: {{secret}} }
            """);

        var (code, output, _) = await RunAsync(config, "alerts", "test");

        Assert.Equal(1, code);
        Assert.Contains($"{secret} has mode 644: a secret file must be 0640 or stricter (chmod 0640 {secret})", output, StringComparison.Ordinal);
        Assert.Equal(0, hook.Count);
    }

    private static string WriteConfig(TempDirectory dir, string alerts)
    {
        var path = dir.File("config.yaml");
        File.WriteAllText(path, "time_zone: Europe/Paris\nalerts:\n" + alerts);
        return path;
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string config, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApplication.RunAsync([.. args, "--config", config], (_, _) => Task.FromResult(0), new CliConsole(output, error));
        return (code, output.ToString(), error.ToString());
    }
}
