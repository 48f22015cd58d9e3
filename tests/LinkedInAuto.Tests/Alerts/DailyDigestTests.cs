using LinkedInAuto.Alerts;
using LinkedInAuto.Scheduling;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;
using LinkedInAuto.Tests.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Quartz;

namespace LinkedInAuto.Tests.Alerts;

/// <summary>The optional daily digest: at `digest_time` local, what was done, the quotas left and the next runs.</summary>
public sealed class DailyDigestTests
{
    [Fact]
    public async Task Enabled_AtDigestTime_SaysTodaysRunsQuotasLeftAndNextRuns()
    {
        using var hook = new HttpCapture();
        await using var harness = new AlertHarness($"daily_digest: true\ndigest_time: \"20:00\"\nwebhook:\n  home: {{ url: {hook.Url} }}");
        await using var storage = await TestStorage.CreateAsync(time: harness.Clock);
        var runs = storage.Get<RunStore>();
        var id = await runs.StartAsync("birthday", RunTrigger.Schedule);
        await runs.FinishAsync(id, RunOutcome.Succeeded, new RunCounts(3, 1, 0));
        var schedule = new ScheduleBook();
        var next = new DateTimeOffset(2026, 3, 3, 8, 12, 0, TimeSpan.Zero);
        schedule.SetPlanned(new PlannedRun("birthday", next, next, new TriggerKey("birthday"), "test"));
        using var digest = new DailyDigest(harness.Dispatcher, runs, storage.Get<QuotaLedger>(), schedule, harness.Config, harness.Clock, NullLogger<DailyDigest>.Instance);

        await digest.StartAsync(CancellationToken.None);
        await harness.Clock.WaitForTimersAsync(1);
        Assert.False(hook.HasMore);
        harness.Clock.Advance(TimeSpan.FromHours(10)); // 09:00 UTC is 10:00 in Paris: 20:00 is ten hours later

        var request = await hook.ReceiveAsync();
        using var json = System.Text.Json.JsonDocument.Parse(request.Body);
        var message = json.RootElement.GetProperty("message").GetString()!;
        Assert.Equal("daily_digest", json.RootElement.GetProperty("event").GetString());
        Assert.Equal("Daily digest: 3 actions today", json.RootElement.GetProperty("title").GetString());
        Assert.Contains("Today, 2026-03-02: birthday: 1 run, 3 done, 0 failed.", message, StringComparison.Ordinal);
        var wishes = harness.Config.Current.Quotas.Wish.Daily;
        Assert.Contains($"Quotas left today: wish {wishes} of {wishes}, visit ", message, StringComparison.Ordinal);
        Assert.Contains("Next runs: birthday 2026-03-03 09:12.", message, StringComparison.Ordinal);
        await digest.StopAsync(CancellationToken.None);
    }

    [Fact]
    public void NextDue_IsTodayOrTomorrowAtTheLocalTime()
    {
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

        Assert.Equal(new DateTimeOffset(2026, 3, 2, 19, 0, 0, TimeSpan.Zero), DailyDigest.NextDue(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), new TimeOnly(20, 0), paris));
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 19, 0, 0, TimeSpan.Zero), DailyDigest.NextDue(new DateTimeOffset(2026, 3, 2, 19, 0, 0, TimeSpan.Zero), new TimeOnly(20, 0), paris));
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 18, 0, 0, TimeSpan.Zero), DailyDigest.NextDue(new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.Zero), new TimeOnly(20, 0), paris));
    }
}
