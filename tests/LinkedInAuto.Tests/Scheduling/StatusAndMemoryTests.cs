using System.Globalization;
using LinkedInAuto.Platform;
using LinkedInAuto.Scheduling;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;

using Microsoft.Extensions.DependencyInjection;

namespace LinkedInAuto.Tests.Scheduling;

/// <summary>The status line's formats, the memory floor, and jitter bounds without the scheduler.</summary>
public sealed class StatusAndMemoryTests
{
    private static readonly TimeZoneInfo s_paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly DateTimeOffset s_now = DateTimeOffset.Parse("2025-06-02T06:00:00Z", CultureInfo.InvariantCulture);
    private static readonly AccountStatus s_ok = new(AccountState.Ok, null, null);

    [Fact]
    public void Describe_EachState_UsesItsFormat()
    {
        NextRun[] next = [new("birthday", s_now.AddMinutes(72), "schedule", false)];
        Assert.Equal("idle — next: birthday 09:12", StatusLine.Describe(View(next: next)));
        Assert.Equal("idle — next: birthday Tue 09:12", StatusLine.Describe(View(next: [next[0] with { At = next[0].At.AddDays(1) }])));
        Assert.Equal("running birthday (3 done)", StatusLine.Describe(View(running: new RunningView("birthday", 3, false))));
        Assert.Equal("paused — run linkedin-auto resume", StatusLine.Describe(View(pause: new PauseSnapshot(true, true, []), next: next)));
        Assert.Equal("attention needed: checkpoint — run linkedin-auto resume", StatusLine.Describe(View(account: new AccountStatus(AccountState.Checkpoint, null, "x"))));
        Assert.Equal("waiting for a LinkedIn session: run linkedin-auto auth import", StatusLine.Describe(View(session: false)));
        Assert.Equal("idle — nothing scheduled", StatusLine.Describe(View()));
    }

    [Fact]
    public async Task ShortMemory_PostponesTheRunWithinActiveHours()
    {
        await using var host = await SchedulerHost.StartAsync(
            s_now, c => c.Memory.RetryAfter = TimeSpan.FromMinutes(15), ["birthday"], memory: new MemoryInfo(100 * 1024, 0));
        var backlog = host.Host.Services.GetService(typeof(RunBacklog)) as RunBacklog;
        await backlog!.EnqueueAsync("birthday", RunTrigger.Manual, dryRun: false, slot: null, CancellationToken.None);

        var deadline = TimeProvider.System.GetTimestamp();
        while (host.Book.Queued is not [{ } queued] || queued.At != s_now.AddMinutes(15))
        {
            Assert.True(TimeProvider.System.GetElapsedTime(deadline) < TimeSpan.FromSeconds(20), "never postponed");
            await Task.Delay(20);
        }

        Assert.False(host.Executor.TryNextStart(out _));
    }

    [Fact]
    public async Task Offline_PostponesTheRunUntilTheNetworkIsBack()
    {
        await using var bus = await LinkedInAuto.Tests.SystemBus.PrivateBus.StartAsync();
        await using var networkManager = await LinkedInAuto.Tests.SystemBus.StandInSystem.StartAsync(bus.Address, new() { NetworkManagerState = 20 });
        await using var host = await SchedulerHost.StartAsync(
            s_now, c => c.Schedule.OfflineRetryAfter = TimeSpan.FromMinutes(10), ["birthday"], systemBus: bus.Address);
        var backlog = host.Host.Services.GetRequiredService<RunBacklog>();
        await backlog.EnqueueAsync("birthday", RunTrigger.Manual, dryRun: false, slot: null, CancellationToken.None);

        var deadline = TimeProvider.System.GetTimestamp();
        while (host.Book.Queued is not [{ } queued] || queued.At != s_now.AddMinutes(10))
        {
            Assert.True(TimeProvider.System.GetElapsedTime(deadline) < TimeSpan.FromSeconds(20), "never postponed");
            await Task.Delay(20);
        }

        Assert.False(host.Executor.TryNextStart(out _));
    }

    [Fact]
    public void Jitter_StaysWithinItsBound()
    {
        var jitter = new ScheduleJitter(new Random(3));
        var draws = Enumerable.Range(0, 2000).Select(_ => jitter.Next(TimeSpan.FromMinutes(30))).ToList();

        Assert.All(draws, d => Assert.InRange(d, TimeSpan.Zero, TimeSpan.FromMinutes(30)));
        Assert.True(draws.Min() < TimeSpan.FromMinutes(1) && draws.Max() > TimeSpan.FromMinutes(29));
        Assert.Equal(TimeSpan.Zero, jitter.Next(TimeSpan.Zero));
    }

    [Fact]
    public void MemoryInfo_ReadsAvailableAndSwapFree()
    {
        var info = MemoryInfo.Parse(["MemTotal:        3884000 kB", "MemAvailable:     512000 kB", "SwapFree:         204800 kB"]);
        Assert.Equal(700, info.UsableMb);
    }

    private static DaemonView View(RunningView? running = null, AccountStatus? account = null, bool session = true, PauseSnapshot? pause = null, IReadOnlyList<NextRun>? next = null) =>
        new(running, account ?? s_ok, session, pause ?? PauseSnapshot.None, next ?? [], s_paris, s_now);
}
