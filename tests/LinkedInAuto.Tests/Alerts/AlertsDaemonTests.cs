using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FakeLinkedIn;
using LinkedInAuto.Alerts;
using LinkedInAuto.Browser;
using LinkedInAuto.Tests.Bots;
using LinkedInAuto.Tests.Control;
using LinkedInAuto.Tests.Daemon;

namespace LinkedInAuto.Tests.Alerts;

/// <summary>The real daemon: a checkpoint met mid-run reaches every channel once, at once; a restart after a kill says so
/// (issue 15, acceptance 1 and 2).</summary>
[Collection(ProcessControlDefinition.Name)]
public sealed class AlertsDaemonTests
{
    private static readonly IReadOnlyList<BirthdayPerson> s_people =
        [.. Enumerable.Range(1, 4).Select(i => new BirthdayPerson($"ami-{i}", $"Ami Numéro{i}", "Ami", 0))];

    [Fact]
    public async Task SilentCheckpointMidRun_EachChannelNotifiedOnceWithinSeconds_NotAgainOnTheRefusedRuns()
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow(), BirthdaySite.Paris).DateTime);
        await using var fake = await FakeLinkedInServer.StartAsync(Scenario.Parse(BirthdayScenario.Yaml("fr", s_people)), new FakeServerOptions { Today = today });
        fake.Faults.SilentCheckpointAfter = 2;
        await using var smtp = await SmtpSink.StartAsync();
        using var ntfy = new HttpCapture();
        using var telegram = new HttpCapture();
        using var hook = new HttpCapture();
        using var environment = new DaemonTestEnvironment();
        var secrets = Directory.CreateDirectory(Path.Combine(environment.StateDirectory, "..", "secrets")).FullName;
        var telegramToken = Secret(secrets, "telegram", "777:s3cr3t-daemon-token");
        var hookSecret = Secret(secrets, "hook", "whsec-daemon");
        await File.WriteAllTextAsync(Path.Combine(Path.GetDirectoryName(environment.ConfigPath)!, "messages", "birthday.txt"), "Joyeux anniversaire {first_name} !\n");
        environment.WriteConfig(ControlDaemon.Config(fake.BaseUrl, extra: $$"""
            alerts:
              email:
                mail: { host: 127.0.0.1, port: {{smtp.Port}}, security: none, from: pi@example.org, to: [me@example.org] }
              ntfy:
                phone: { server: {{ntfy.Url}}, topic: linkedin }
              telegram:
                me: { chat_id: "42", token_file: {{telegramToken}}, api_url: {{telegram.Url}} }
              webhook:
                home: { url: {{hook.Url}}, secret_file: {{hookSecret}} }
            """));
        await ControlDaemon.ImportSessionAsync(environment, fake.SessionCookieValue);
        await using var daemon = await ControlDaemon.StartInAsync(environment);

        var run = await daemon.CliAsync("run", "birthday", "--wait");
        var ended = Stopwatch.StartNew();
        var mail = await smtp.ReceiveAsync();
        var pushed = await ntfy.ReceiveAsync();
        var chat = await telegram.ReceiveAsync();
        var posted = await hook.ReceiveAsync();
        var allArrived = ended.Elapsed;

        Assert.True(run.ExitCode == 1, run.Describe());
        Assert.True(allArrived < TimeSpan.FromSeconds(10), $"the last channel was reached {allArrived} after the run ended");
        Assert.Equal("[linkedin-auto] LinkedIn needs you: checkpoint", mail.Subject);
        Assert.Contains("linkedin-auto resume", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(("LinkedIn needs you: checkpoint", "5"), (pushed.Headers["Title"], pushed.Headers["Priority"]));
        Assert.Equal($"/bot777:s3cr3t-daemon-token/sendMessage", chat.Path);
        using (var json = JsonDocument.Parse(chat.Body))
        {
            Assert.StartsWith("LinkedIn needs you: checkpoint", json.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(WebhookChannel.Sign(posted.Body, "whsec-daemon"), posted.Headers[WebhookChannel.SignatureHeader]);
        Assert.Equal("sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData("whsec-daemon"u8.ToArray(), posted.Body)), posted.Headers[WebhookChannel.SignatureHeader]);

        // Every bot is now refused until `resume`: those runs are no news.
        var refused = await daemon.CliAsync("run", "birthday", "--wait");
        Assert.True(refused.ExitCode == 1, refused.Describe());
        Assert.Equal((1, 1, 1), (ntfy.Count, telegram.Count, hook.Count));
        Assert.False(smtp.HasMore);
        Assert.DoesNotContain(daemon.Process.Stderr, l => l.Contains("s3cr3t-daemon-token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task KilledDaemon_NextStartAlertsTheCrash_ACleanStopDoesNot()
    {
        using var hook = new HttpCapture();
        using var environment = new DaemonTestEnvironment();
        environment.WriteConfig(ControlDaemon.Config(null, extra: $"alerts:\n  webhook:\n    home: {{ url: {hook.Url} }}"));

        var first = await ControlDaemon.StartInAsync(environment);
        first.Process.Signal(ProcessTree.SigTerm);
        await first.Process.WaitForExitAsync(TimeSpan.FromSeconds(30));
        Assert.True(first.Process.ExitCode == 0, first.Process.Describe());
        await first.DisposeAsync();
        var second = await ControlDaemon.StartInAsync(environment);
        var killed = second.DaemonPid;
        second.Process.Signal(ProcessTree.SigKill);
        await second.Process.WaitForExitAsync(TimeSpan.FromSeconds(30));
        await second.DisposeAsync();
        await using var third = await ControlDaemon.StartInAsync(environment);

        // Had the clean stop been taken for a crash, the first alert would name the first daemon's pid.
        using var alert = JsonDocument.Parse((await hook.ReceiveAsync()).Body);
        Assert.Equal("daemon_crashed", alert.RootElement.GetProperty("event").GetString());
        Assert.Contains($"pid {killed})", alert.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, hook.Count);
    }

    private static string Secret(string directory, string name, string value)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, value + "\n", Encoding.UTF8);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return path;
    }
}
