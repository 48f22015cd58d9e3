using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using FakeLinkedIn;
using LinkedInAuto.Tests.Control;
using LinkedInAuto.Tests.Daemon;

namespace LinkedInAuto.Tests.Bots;

/// <summary>The real daemon and CLI when a checkpoint or a session revocation trips mid-run without the page saying so:
/// `status` shows the attention needed, manual runs of every bot are refused until `resume --yes`, and the owner is
/// alerted (safety issue, acceptance 1 and 2).</summary>
[Collection(ProcessControlDefinition.Name)]
public sealed class AccountAttentionDaemonTests
{
    private static readonly IReadOnlyList<BirthdayPerson> s_people =
        [.. Enumerable.Range(1, 5).Select(i => new BirthdayPerson($"ami-{i}", $"Ami Numéro{i}", "Ami", 0))];

    [Fact]
    public async Task SilentCheckpoint_StatusShowsAttention_EveryBotRefused_UntilResumeYes()
    {
        await using var fake = await StartFakeAsync();
        fake.Faults.SilentCheckpointAfter = 2;
        using var environment = await PrepareAsync(fake, alerts: null);
        await using var daemon = await ControlDaemon.StartInAsync(environment);

        var run = await daemon.CliAsync("run", "birthday", "--wait");

        Assert.True(run.ExitCode == 1, run.Describe());
        Assert.Contains(run.Stdout, l => l.Contains("failed", StringComparison.Ordinal) && l.Contains("attention needed", StringComparison.Ordinal) && l.Contains("1 refused", StringComparison.Ordinal));
        Assert.Equal(2, Sent(fake));
        var status = await daemon.StatusAsync();
        Assert.True(status.GetProperty("account").GetProperty("needs_attention").GetBoolean(), status.ToString());
        Assert.Equal("Checkpoint", status.GetProperty("account").GetProperty("state").GetString());
        var last = status.GetProperty("last")[0];
        Assert.Equal(("failed", 2, 1), (last.GetProperty("outcome").GetString(), last.GetProperty("done").GetInt32(), last.GetProperty("refused").GetInt32()));
        var text = await daemon.CliAsync("status");
        Assert.Contains(text.Stdout, l => l.StartsWith("account:", StringComparison.Ordinal) && l.Contains("ATTENTION NEEDED", StringComparison.Ordinal));
        Assert.Contains(text.Stdout, l => l.StartsWith("status:", StringComparison.Ordinal) && l.Contains("attention needed", StringComparison.Ordinal));

        // LinkedIn lets the account through again (the owner solved the challenge); nothing runs until they say so.
        fake.Faults.SilentCheckpointAfter = 0;
        foreach (var bot in new[] { "birthday", "invitations", "visitor" })
        {
            var refused = await daemon.CliAsync("run", bot, "--wait");
            Assert.True(refused.ExitCode == 1, refused.Describe());
            Assert.Contains(refused.Stdout, l => l.Contains("skipped", StringComparison.Ordinal) && l.Contains("attention needed", StringComparison.Ordinal));
        }

        Assert.Equal(2, Sent(fake));
        var resume = await daemon.CliAsync("resume", "--yes");
        Assert.True(resume.ExitCode == 0, resume.Describe());
        var after = await daemon.CliAsync("run", "birthday", "--wait");
        Assert.True(after.ExitCode == 0, after.Describe());
        Assert.Equal(s_people.Count, Sent(fake));
    }

    [Fact]
    public async Task SessionRevokedMidRun_SessionExpiredState_AndTheOwnerIsAlerted()
    {
        await using var fake = await StartFakeAsync();
        fake.Faults.SessionRevokedAfter = 2;
        using var webhook = StartListener(out var url);
        using var environment = await PrepareAsync(fake, alerts: url);
        await using var daemon = await ControlDaemon.StartInAsync(environment);
        var alert = ReceiveAsync(webhook);

        var run = await daemon.CliAsync("run", "birthday", "--wait");

        Assert.True(run.ExitCode == 1, run.Describe());
        Assert.Equal(2, Sent(fake));
        using var body = JsonDocument.Parse(await alert);
        Assert.Equal("attention_needed", body.RootElement.GetProperty("event").GetString());
        Assert.Contains("session", body.RootElement.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        var status = await daemon.StatusAsync();
        Assert.Equal("SessionExpired", status.GetProperty("account").GetProperty("state").GetString());
        var again = await daemon.CliAsync("run", "invitations", "--wait");
        Assert.True(again.ExitCode == 1, again.Describe());
        Assert.Equal(2, Sent(fake));
    }

    private static int Sent(FakeLinkedInServer fake) => fake.Actions.Snapshot().Count(a => a.Kind == FakeActionKinds.MessageSent);

    private static Task<FakeLinkedInServer> StartFakeAsync()
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow(), BirthdaySite.Paris).DateTime);
        return FakeLinkedInServer.StartAsync(Scenario.Parse(BirthdayScenario.Yaml("fr", s_people)), new FakeServerOptions { Today = today });
    }

    private static async Task<DaemonTestEnvironment> PrepareAsync(FakeLinkedInServer fake, string? alerts)
    {
        var environment = new DaemonTestEnvironment();
        var messages = Path.Combine(Path.GetDirectoryName(environment.ConfigPath)!, "messages");
        await File.WriteAllTextAsync(Path.Combine(messages, "birthday.txt"), "Joyeux anniversaire {first_name} !\n");
        environment.WriteConfig($$"""
            time_zone: Europe/Paris
            linkedin:
              base_url: {{fake.BaseUrl.GetLeftPart(UriPartial.Authority)}}
            browser:
              human: { fast: true }
              action_timeout: 10s
            schedule:
              active_hours: { start: "00:00", end: "24:00" }
              days_off: []
              jitter: 0s
              catch_up: false
              birthday: { cron: "0 3 1 1 *" }
              invitations: { cron: "0 3 1 1 *" }
              visitor: { cron: "0 3 1 1 *" }
            visitor:
              searches: [{ keywords: DevOps }]
            pacing:
              action_delay: { min: 0, max: 0 }
              long_break_every: 0
            memory:
              min_available_mb: 100
            {{(alerts is null ? string.Empty : $"alerts:\n  webhook_url: {alerts}alerts")}}
            """);
        await ControlDaemon.ImportSessionAsync(environment, fake.SessionCookieValue);
        return environment;
    }

    private static HttpListener StartListener(out string url)
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            url = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/";
        }

        var listener = new HttpListener();
        listener.Prefixes.Add(url);
        listener.Start();
        return listener;
    }

    private static async Task<string> ReceiveAsync(HttpListener listener)
    {
        var context = await listener.GetContextAsync().WaitAsync(TimeSpan.FromMinutes(2));
        using var reader = new StreamReader(context.Request.InputStream);
        var body = await reader.ReadToEndAsync();
        context.Response.StatusCode = 200;
        context.Response.Close();
        return body;
    }
}
