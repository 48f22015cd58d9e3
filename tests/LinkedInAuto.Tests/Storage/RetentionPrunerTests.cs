using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;
using LinkedInAuto.Storage.Maintenance;
using Microsoft.Extensions.Time.Testing;

namespace LinkedInAuto.Tests.Storage;

public sealed class RetentionPrunerTests
{
    [Fact]
    public async Task Prune_RemovesWhatIsOlderThanRetention_KeepsWishesAndWhatTheyReferTo()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero));
        await using var storage = await TestStorage.CreateAsync(
            configure: c =>
            {
                c.Storage.Retention.Visits = TimeSpan.FromDays(30);
                c.Storage.Retention.Runs = TimeSpan.FromDays(60);
                c.Storage.Retention.Debug = TimeSpan.FromDays(7);
            },
            time: clock);
        var runs = storage.Get<RunStore>();
        var oldRun = await runs.StartAsync("birthday", RunTrigger.Schedule);
        var wish = await storage.Get<WishLedger>().RecordIntentAsync(new WishIntent("https://www.linkedin.com/in/wished/", null, new DateOnly(2025, 1, 1), 0, "t", "Happy birthday!", oldRun));
        await storage.Get<WishLedger>().MarkSentAsync(wish, "Happy birthday!");
        await runs.FinishAsync(oldRun, RunOutcome.Succeeded, new RunCounts(1, 0, 0));
        for (var i = 0; i < 3; i++)
        {
            await storage.Get<VisitStore>().RecordAsync($"https://www.linkedin.com/in/old-{i}/", null, oldRun);
        }

        // More than one delete batch (500) of old visits, written in one go.
        using (var bulk = storage.OpenRaw())
        {
            bulk.Execute($"""
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1197)
                INSERT INTO profile_visits (contact_id, visited_utc, dry_run, run_id)
                SELECT (SELECT id FROM contacts WHERE profile_url LIKE '%old-' || (i % 3) || '/'), '2025-01-01 12:00:00', 0, {oldRun} FROM n;
                """);
        }

        clock.Advance(TimeSpan.FromDays(90));
        var recentRun = await runs.StartAsync("visitor", RunTrigger.Schedule);
        await storage.Get<VisitStore>().RecordAsync("https://www.linkedin.com/in/recent/", null, recentRun);
        await runs.FinishAsync(recentRun, RunOutcome.Succeeded, new RunCounts(1, 0, 0));

        var debug = storage.Directories.DebugDirectory;
        Directory.CreateDirectory(Path.Combine(debug, "run-1"));
        var oldShot = Path.Combine(debug, "run-1", "page.png");
        var newShot = Path.Combine(debug, "new.png");
        await File.WriteAllTextAsync(oldShot, "x");
        await File.WriteAllTextAsync(newShot, "y");
        File.SetLastWriteTimeUtc(oldShot, clock.GetUtcNow().UtcDateTime.AddDays(-8));
        File.SetLastWriteTimeUtc(newShot, clock.GetUtcNow().UtcDateTime.AddDays(-1));

        var result = await storage.Get<RetentionPruner>().PruneAsync();

        Assert.Equal(new PruneResult(Visits: 1200, Runs: 1, Contacts: 3, DebugFiles: 1), result);
        Assert.False(Directory.Exists(Path.Combine(debug, "run-1")));
        Assert.True(File.Exists(newShot));
        var kept = await storage.Get<WishLedger>().FindForOccurrenceAsync("https://www.linkedin.com/in/wished/", new DateOnly(2025, 1, 1));
        Assert.NotNull(kept);
        Assert.Null(kept.RunId);
        Assert.NotNull(await storage.Get<VisitStore>().LastVisitAsync("https://www.linkedin.com/in/recent/"));
        Assert.Equal([recentRun], (await runs.RecentAsync(10)).Select(r => r.Id));
        using var raw = storage.OpenRaw();
        Assert.Equal("ok", raw.Scalar("PRAGMA integrity_check"));
        Assert.Empty(raw.Strings("PRAGMA foreign_key_check"));
    }
}
