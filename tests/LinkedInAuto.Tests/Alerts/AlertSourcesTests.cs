using System.Text.Json;
using LinkedInAuto.Alerts;
using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Platform;
using LinkedInAuto.Scheduling;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;
using LinkedInAuto.Tests.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace LinkedInAuto.Tests.Alerts;

/// <summary>What raises alerts besides a checkpoint: a LinkedIn limit and short memory as they happen, a failure
/// streak and the optional run summary after a run.</summary>
public sealed class AlertSourcesTests
{
    [Fact]
    public async Task LimitAndShortMemory_AlertedAsTheyHappen()
    {
        using var hook = new HttpCapture();
        await using var harness = new AlertHarness($"webhook:\n  home: {{ url: {hook.Url} }}");
        await using var storage = await TestStorage.CreateAsync(time: harness.Clock, configure: c => c.Memory.MinAvailableMb = 600);
        var memory = new MemoryGuard(storage.Config, () => new MemoryInfo(300 * 1024, 0));
        var live = new LiveAlerts(harness.Dispatcher, storage.Get<AccountStateStore>(), storage.Get<CooldownStore>(), memory, harness.Clock, NullLogger<LiveAlerts>.Instance);
        await live.StartAsync(CancellationToken.None);

        await storage.Get<CooldownStore>().SetAsync("action:accept", harness.Clock.GetUtcNow().UtcDateTime.AddDays(7), "LinkedIn's weekly limit dialog");
        var limit = await ReadAsync(hook);
        Assert.False(memory.Check().Enough);
        var shortMemory = await ReadAsync(hook);

        Assert.Equal(("attention_needed", "LinkedIn limit: action:accept paused"), (limit.GetProperty("event").GetString(), limit.GetProperty("title").GetString()));
        Assert.Contains("LinkedIn's weekly limit dialog", limit.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("memory_low", shortMemory.GetProperty("event").GetString());
        Assert.Contains("300 MiB of memory available", shortMemory.GetProperty("message").GetString(), StringComparison.Ordinal);
        await live.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task AfterRuns_FailureStreakAtTheThreshold_AndRunSummariesWhenEnabled()
    {
        using var hook = new HttpCapture();
        await using var harness = new AlertHarness($"failed_runs_threshold: 2\nrun_summary: true\nwebhook:\n  home: {{ url: {hook.Url} }}");
        await using var storage = await TestStorage.CreateAsync(time: harness.Clock);
        var monitor = new AlertMonitor(harness.Dispatcher, storage.Get<RunStore>(), harness.Config, harness.Clock);

        await monitor.OnRunFinishedAsync(await FailedRunAsync(storage), CancellationToken.None);
        var first = await ReadAsync(hook);
        await monitor.OnRunFinishedAsync(await FailedRunAsync(storage), CancellationToken.None);
        var streak = await ReadAsync(hook);
        var second = await ReadAsync(hook);

        Assert.Equal(("run_summary", "birthday: failed"), (first.GetProperty("event").GetString(), first.GetProperty("title").GetString()));
        Assert.Contains("0 done, 0 skipped, 1 failed", first.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("run_summary", second.GetProperty("event").GetString());
        Assert.Equal(("failed_runs", "2 runs failed in a row"), (streak.GetProperty("event").GetString(), streak.GetProperty("title").GetString()));
        Assert.Contains("element not found", streak.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> ReadAsync(HttpCapture hook)
    {
        using var json = JsonDocument.Parse((await hook.ReceiveAsync()).Body);
        return json.RootElement.Clone();
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
