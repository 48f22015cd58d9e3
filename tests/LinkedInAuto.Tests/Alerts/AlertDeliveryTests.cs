using System.Diagnostics;
using LinkedInAuto.Alerts;
using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Scheduling;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;
using LinkedInAuto.Tests.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace LinkedInAuto.Tests.Alerts;

/// <summary>Delivery that never hurts a run: at once, once an hour per channel, a channel that is down delaying nothing and
/// logged once without its token (issue 15, acceptance 2 and 3).</summary>
public sealed class AlertDeliveryTests
{
    [Fact]
    public async Task Checkpoint_OneAttentionAlertPerChannelAtOnce_NotRepeatedWithinTheHour_AgainAfter()
    {
        using var ntfy = new HttpCapture();
        using var telegram = new HttpCapture();
        using var hook = new HttpCapture();
        await using var harness = new AlertHarness($$"""
            ntfy:
              phone: { server: {{ntfy.Url}}, topic: pi }
            telegram:
              me: { chat_id: "42", token_credential: telegram-token, api_url: {{telegram.Url}} }
            webhook:
              home: { url: {{hook.Url}}, events: [attention_needed] }
            """);
        await using var storage = await TestStorage.CreateAsync(time: harness.Clock);
        var accounts = storage.Get<AccountStateStore>();
        var live = new LiveAlerts(harness.Dispatcher, accounts, storage.Get<CooldownStore>(), new MemoryGuard(storage.Config), harness.Clock, NullLogger<LiveAlerts>.Instance);
        await live.StartAsync(CancellationToken.None);

        var started = Stopwatch.StartNew();
        await accounts.SetAsync(AccountState.Checkpoint, "checkpoint path /checkpoint/challenge/x");
        var received = await Task.WhenAll(ntfy.ReceiveAsync(), telegram.ReceiveAsync(), hook.ReceiveAsync());
        var elapsed = started.Elapsed;

        Assert.True(elapsed < TimeSpan.FromSeconds(10), $"took {elapsed}");
        Assert.Equal("LinkedIn needs you: checkpoint", received[0].Headers["Title"]);
        Assert.Contains("checkpoint", received[1].Text, StringComparison.Ordinal);
        Assert.Contains("attention_needed", received[2].Text, StringComparison.Ordinal);

        // The owner resumes too early and LinkedIn shows the checkpoint again within the hour: not said again.
        await accounts.SetAsync(AccountState.Ok, "resumed");
        harness.Clock.Advance(TimeSpan.FromMinutes(30));
        await accounts.SetAsync(AccountState.Checkpoint, "checkpoint again");
        Assert.Empty(harness.Dispatcher.Publish(AlertTexts.Attention(new AccountStatus(AccountState.Checkpoint, null, null), harness.Clock.GetUtcNow())));

        // Past the hour it is news again, on every channel.
        harness.Clock.Advance(TimeSpan.FromMinutes(31));
        await accounts.SetAsync(AccountState.Ok, "resumed");
        await accounts.SetAsync(AccountState.Checkpoint, "checkpoint a third time");
        await Task.WhenAll(ntfy.ReceiveAsync(), telegram.ReceiveAsync(), hook.ReceiveAsync());
        Assert.Equal((2, 2, 2), (ntfy.Count, telegram.Count, hook.Count));
        await live.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Routing_AChannelReceivesOnlyItsEvents_SummariesOnlyWhenNamedOrEnabled()
    {
        using var all = new HttpCapture();
        using var onlyMemory = new HttpCapture();
        await using var harness = new AlertHarness($$"""
            webhook:
              all: { url: {{all.Url}} }
              memory: { url: {{onlyMemory.Url}}, events: [memory_low] }
            """);

        var attention = harness.Dispatcher.Publish(harness.Sample());
        var memory = harness.Dispatcher.Publish(AlertTexts.MemoryLow(new MemoryCheck(false, 80, 600), harness.Clock.GetUtcNow()));

        Assert.Equal(["all"], attention);
        Assert.Equal(["all", "memory"], memory);
        Assert.Contains("80 MiB", (await onlyMemory.ReceiveAsync()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChannelsDown_RefusedHttp500AndSilent_PublishReturnsAtOnce_EachFailureLoggedOnceWithoutTheToken()
    {
        using var failing = new HttpCapture(status: 500, answer: "boom");
        using var silent = new HttpCapture(status: 0);
        using var healthy = new HttpCapture();
        var refused = SmtpSink.FreePort();
        await using var harness = new AlertHarness(
            $$"""
            ntfy:
              silent: { server: {{silent.Url}}, topic: pi, token_credential: ntfy-token }
            telegram:
              refused: { chat_id: "42", token_credential: telegram-token, api_url: "http://127.0.0.1:{{refused}}/" }
              failing: { chat_id: "42", token_credential: telegram-token, api_url: {{failing.Url}} }
            webhook:
              healthy: { url: {{healthy.Url}} }
            """,
            attemptTimeout: TimeSpan.FromSeconds(1));
        await using var storage = await TestStorage.CreateAsync(time: harness.Clock);
        var monitor = new AlertMonitor(harness.Dispatcher, storage.Get<RunStore>(), harness.Config, harness.Clock);
        var run = new RunResult(1, "visitor", RunOutcome.Failed, new RunCounts(0, 0, 1), Engine.PageNotUnderstoodException.ReasonPrefix + " search results");

        await storage.Get<RunStore>().RecentAsync(1); // the history's first query is not the alerts' time

        var started = Stopwatch.StartNew();
        await monitor.OnRunFinishedAsync(run, CancellationToken.None);
        var afterRun = started.Elapsed;
        await healthy.ReceiveAsync();
        await harness.WarningsLoggedAsync(3);
        var failuresKnown = started.Elapsed;

        // The silent server alone costs 4 attempts of 1 s: the run's after-run step did not wait for any of it.
        Assert.True(afterRun < TimeSpan.FromSeconds(2), $"the after-run step took {afterRun}");
        Assert.True(failuresKnown > TimeSpan.FromSeconds(4), $"failures known after {failuresKnown}");
        var warnings = harness.Warnings();
        Assert.Equal(3, warnings.Count);
        Assert.Single(warnings, w => w.Contains("through refused", StringComparison.Ordinal));
        Assert.Single(warnings, w => w.Contains("through failing", StringComparison.Ordinal) && w.Contains("HTTP 500", StringComparison.Ordinal));
        Assert.Single(warnings, w => w.Contains("through silent", StringComparison.Ordinal));
        Assert.Equal(1 + AlertDelivery.Retries, failing.Count);
        Assert.All(warnings, w => Assert.DoesNotContain(AlertHarness.TelegramToken, w, StringComparison.Ordinal));
        Assert.All(warnings, w => Assert.DoesNotContain(AlertHarness.NtfyToken, w, StringComparison.Ordinal));
    }
}
