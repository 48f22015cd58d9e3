using System.Collections.Concurrent;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Maintenance;
using Microsoft.Extensions.Time.Testing;

namespace LinkedInAuto.Tests.Storage;

/// <summary>Acceptance 5 (in process): a backup taken while writes go on is sound and complete; rotation keeps exactly N.</summary>
public sealed class BackupTests
{
    [Fact]
    public async Task CreateRotated_DuringContinuousWrites_IsSoundAndHoldsEverythingCommittedBefore()
    {
        await using var storage = await TestStorage.CreateAsync();
        var ledger = storage.Get<WishLedger>();
        var committed = new ConcurrentQueue<long>();
        using var oneMore = new SemaphoreSlim(0);
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var id = await ledger.RecordIntentAsync(new WishIntent($"https://www.linkedin.com/in/writer-{i}/", null, new DateOnly(2026, 2, 1), 0, "birthday.txt:1", "Bon anniversaire !"));
                await ledger.MarkSentAsync(id, "Happy birthday!");
                committed.Enqueue(id);
                oneMore.Release();
            }
        });
        await WaitForCommitsAsync(oneMore, 30);

        var before = committed.ToArray();
        var backup = await storage.Get<DatabaseBackup>().CreateRotatedAsync();
        await WaitForCommitsAsync(oneMore, 10);

        await stop.CancelAsync();
        await writer;

        using var copy = storage.OpenRaw(backup);
        Assert.Equal("ok", copy.Scalar("PRAGMA integrity_check"));
        var inBackup = copy.Strings("SELECT id FROM birthday_wishes WHERE state = 'Sent' AND text IS NOT NULL").Select(long.Parse).ToHashSet();
        Assert.Subset(inBackup, before.ToHashSet());
        Assert.True(inBackup.Count < committed.Count, "the backup is a snapshot, not the final state");
        Assert.Equal(copy.Int64("SELECT count(*) FROM birthday_wishes"), copy.Int64("SELECT count(*) FROM action_ledger WHERE kind = 'Wish'"));
        Assert.False(File.Exists(backup + ".partial"));
    }

    [Fact]
    public async Task CreateRotated_MoreThanKeep_KeepsExactlyTheNewestAndNothingElseIsTouched()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 4, 1, 1, 30, 0, TimeSpan.Zero));
        await using var storage = await TestStorage.CreateAsync(configure: c => c.Storage.Backup.Keep = 3, time: clock);
        var directory = storage.Get<StoragePaths>().BackupDirectory;
        Directory.CreateDirectory(directory);
        var unrelated = Path.Combine(directory, "my-own-copy.db");
        await File.WriteAllTextAsync(unrelated, "mine");

        var made = new List<string>();
        for (var day = 0; day < 5; day++)
        {
            made.Add(await storage.Get<DatabaseBackup>().CreateRotatedAsync());
            clock.Advance(TimeSpan.FromDays(1));
        }

        Assert.Equal(made.TakeLast(3).Reverse(), BackupRotation.List(directory));
        Assert.Equal("linkedin-auto-20260405T013000.000Z.db", Path.GetFileName(made[^1]));
        Assert.True(File.Exists(unrelated));
        Assert.Equal(4, Directory.GetFiles(directory).Length);
    }

    [Fact]
    public async Task CreateAt_DirectoryOrNewFile_NeverOverwrites()
    {
        await using var storage = await TestStorage.CreateAsync();
        var backup = storage.Get<DatabaseBackup>();
        var target = Path.Combine(storage.Root, "manual.db");

        Assert.Equal(target, await backup.CreateAtAsync(target));
        var error = await Assert.ThrowsAsync<StorageException>(() => backup.CreateAtAsync(target));
        Assert.Contains("already exists", error.Message, StringComparison.Ordinal);

        var inDirectory = await backup.CreateAtAsync(storage.Root);
        Assert.StartsWith(Path.Combine(storage.Root, "linkedin-auto-"), inDirectory, StringComparison.Ordinal);
        using var copy = storage.OpenRaw(inDirectory);
        Assert.Equal("ok", copy.Scalar("PRAGMA integrity_check"));
    }

    private static async Task WaitForCommitsAsync(SemaphoreSlim oneMore, int count)
    {
        for (var i = 0; i < count; i++)
        {
            Assert.True(await oneMore.WaitAsync(TimeSpan.FromSeconds(30)), "the writer stalled");
        }
    }
}
