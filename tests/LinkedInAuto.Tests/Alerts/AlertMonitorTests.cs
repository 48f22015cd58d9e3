using System.Text.Json;
using LinkedInAuto.Alerts;
using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Session;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;
using LinkedInAuto.Tests.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace LinkedInAuto.Tests.Alerts;

/// <summary>The webhook alerts, posted to a real local HTTP listener: attention needed once per new state, K failed runs in a row, no secret in the body.</summary>
public sealed class AlertMonitorTests
{
    private const string Token = "tk_s3cr3t-token";

    [Fact]
    public async Task AfterRuns_AttentionAndFailureStreak_PostOneJsonAlertEach()
    {
        using var listener = new WebhookListener();
        var url = listener.Url;
        await using var storage = await TestStorage.CreateAsync(configure: c =>
        {
            c.Alerts.WebhookUrl = new Uri(url + "linkedin?auth=" + Token);
            c.Alerts.FailedRunsThreshold = 2;
        });
        var monitor = Monitor(storage);
        var received = listener.ReceiveAsync(2);

        await storage.Get<AccountStateStore>().SetAsync(AccountState.Checkpoint, "checkpoint path /checkpoint/challenge/x");
        await monitor.OnRunFinishedAsync(await FailedRunAsync(storage), CancellationToken.None);
        await monitor.OnRunFinishedAsync(await FailedRunAsync(storage), CancellationToken.None);

        var bodies = await received;
        using var attention = JsonDocument.Parse(bodies[0]);
        Assert.Equal("attention_needed", attention.RootElement.GetProperty("event").GetString());
        Assert.Equal("linkedin", attention.RootElement.GetProperty("topic").GetString());
        Assert.Equal(5, attention.RootElement.GetProperty("priority").GetInt32());
        Assert.Contains("linkedin-auto resume", attention.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
        using var failures = JsonDocument.Parse(bodies[1]);
        Assert.Equal("failed_runs", failures.RootElement.GetProperty("event").GetString());
        Assert.All(bodies, body => Assert.DoesNotContain(Token, body, StringComparison.Ordinal));
    }

    private static AlertMonitor Monitor(TestStorage storage)
    {
        var webhook = new WebhookAlerter(storage.Config, TimeProvider.System, NullLogger<WebhookAlerter>.Instance);
        var sessions = new SessionStatusReader(new SessionStore(storage.Directories, new SessionKeyStore(storage.Directories)), storage.Config, TimeProvider.System);
        return new AlertMonitor(webhook, storage.Get<AccountStateStore>(), storage.Get<RunStore>(), sessions, storage.Config, TimeProvider.System);
    }

    private static async Task<RunResult> FailedRunAsync(TestStorage storage)
    {
        var runs = storage.Get<RunStore>();
        var id = await runs.StartAsync("birthday", RunTrigger.Schedule);
        var result = new RunResult(id, "birthday", RunOutcome.Failed, new RunCounts(0, 0, 1), "element not found");
        await runs.FinishAsync(id, result.Outcome, result.Counts, result.Reason);
        return result;
    }
}
