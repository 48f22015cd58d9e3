using LinkedInAuto.Configuration;
using LinkedInAuto.Storage.Entities;

namespace LinkedInAuto.Tests.Scheduling;

/// <summary>Acceptance 1: the real Quartz scheduler on a manual clock fires bots at the configured local time, one at a time, and catches up once.</summary>
public sealed class SchedulerClockTests
{
    [Theory]
    [InlineData("2025-03-28T12:00:00Z", "2025-03-29T08:00:00Z", "2025-03-30T07:00:00Z")] // Paris: CET, then CEST from 30 March
    [InlineData("2025-10-24T12:00:00Z", "2025-10-25T07:00:00Z", "2025-10-26T08:00:00Z")] // Paris: CEST, then CET from 26 October
    public async Task Schedule_AcrossDaylightSavingChange_FiresAtNineLocalTime(string start, string first, string second)
    {
        await using var host = await SchedulerHost.StartAsync(At(start), _ => { }, ["birthday"]);

        foreach (var expected in new[] { At(first), At(second) })
        {
            var planned = host.Book.PlannedFor("birthday");
            Assert.NotNull(planned);
            Assert.Equal(expected, planned.At);
            host.AdvanceTo(expected);
            var run = await host.Executor.NextStartAsync();

            Assert.Equal(RunTrigger.Schedule, run.Request.Trigger);
            Assert.Equal(expected, run.At);
            Assert.Equal(new TimeOnly(9, 0), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(run.At, Paris).DateTime));
            await run.Ended.Task;
        }
    }

    [Fact]
    public async Task Schedule_WithJitter_StartsWithinTheJitterAfterEachSlot()
    {
        await using var host = await SchedulerHost.StartAsync(At("2025-06-02T05:00:00Z"), c => c.Schedule.Jitter = TimeSpan.FromMinutes(30), ["birthday"]);
        var delays = new List<TimeSpan>();
        for (var day = 0; day < 6; day++)
        {
            var planned = host.Book.PlannedFor("birthday")!;
            Assert.Equal(new TimeOnly(9, 0), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(planned.Slot, Paris).DateTime));
            delays.Add(planned.At - planned.Slot);
            host.AdvanceTo(planned.At);
            var run = await host.Executor.NextStartAsync();
            Assert.Equal(planned.At, run.At);
            await run.Ended.Task;
        }

        Assert.All(delays, d => Assert.InRange(d, TimeSpan.Zero, TimeSpan.FromMinutes(30)));
        Assert.True(delays.Distinct().Count() > 1, "the delay is drawn per firing, not fixed: " + string.Join(", ", delays));
    }

    [Fact]
    public async Task TwoBotsDueTogether_RunOneAfterTheOther()
    {
        var release = new TaskCompletionSource();
        await using var host = await SchedulerHost.StartAsync(
            At("2025-06-02T05:00:00Z"),
            c =>
            {
                c.Schedule.Visitor.Enabled = true;
                c.Schedule.Visitor.Cron = CronSchedule.Parse("0 9 * * *");
            },
            ["birthday", "visitor"]);
        host.Executor.Hold = () => release.Task;
        var due = host.Book.PlannedFor("birthday")!.At;
        Assert.Equal(due, host.Book.PlannedFor("visitor")!.At);

        host.AdvanceTo(due);
        var first = await host.Executor.NextStartAsync();

        // The other bot is still waiting in Quartz (its trigger not fired) while the first runs.
        Assert.Equal("birthday", first.Request.Bot);
        Assert.False(host.Executor.TryNextStart(out _));
        Assert.Equal(due, host.Book.PlannedFor("visitor")!.At);
        release.SetResult();
        var second = await host.Executor.NextStartAsync();

        Assert.Equal("visitor", second.Request.Bot);
        Assert.True(first.Ended.Task.IsCompleted);
        Assert.Equal(1, host.Executor.MaxRunning);
    }

    [Fact]
    public async Task MissedRun_InsideActiveHours_RunsOnceAtStart()
    {
        var monday10 = At("2025-03-31T08:00:00Z"); // 10:00 in Paris; the 09:00 start was missed
        var host = await SchedulerHost.StartAsync(monday10, CatchUpAt0830To2000, ["birthday"]);
        var storage = host.Storage;
        try
        {
            var run = await host.Executor.NextStartAsync();
            Assert.Equal(RunTrigger.CatchUp, run.Request.Trigger);
            await run.Ended.Task;
            Assert.Equal(At("2025-04-01T07:00:00Z"), host.Book.PlannedFor("birthday")!.At);
            await host.Host.StopAsync();

            // The daemon restarts a little later the same day: the run record says the slot was not missed.
            await using var again = await SchedulerHost.StartAsync(monday10.AddMinutes(20), CatchUpAt0830To2000, ["birthday"], storage);
            Assert.Empty(again.Book.Queued);
            Assert.False(again.Executor.TryNextStart(out _));
        }
        finally
        {
            host.Host.Dispose();
            await storage.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("2025-03-31T19:30:00Z")] // 21:30 in Paris, after the active hours
    [InlineData("2025-03-30T08:00:00Z")] // Sunday 10:00: a day off
    public async Task MissedRun_OutsideActiveHours_IsNotCaughtUp(string now)
    {
        await using var host = await SchedulerHost.StartAsync(At(now), CatchUpAt0830To2000, ["birthday"]);

        Assert.Empty(host.Book.Queued);
        Assert.NotNull(host.Book.PlannedFor("birthday"));
        Assert.False(host.Executor.TryNextStart(out _));
    }

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static TimeZoneInfo Paris => TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private static void CatchUpAt0830To2000(AppConfig config)
    {
        config.Schedule.CatchUp = true;
        config.Schedule.ActiveHours = new(new TimeOnly(8, 30), new TimeOnly(20, 0));
        config.Schedule.DaysOff = [DayOfWeek.Sunday];
    }
}
