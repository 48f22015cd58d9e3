using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;
using LinkedInAuto.Storage.Maintenance;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace LinkedInAuto.Tests.Storage;

/// <summary>The daemon side: storage opens before the host reports started, and the daily job backs up and prunes.</summary>
public sealed class StorageMaintenanceTests
{
    [Fact]
    public async Task HostStart_NoDatabaseYet_CreatesItClosesOpenRunsAndTakesTheOverdueBackup()
    {
        await using var storage = await TestStorage.CreateAsync(migrate: false);
        using (var host = BuildHost(storage))
        {
            await host.StartAsync();
            var backups = storage.Get<StoragePaths>().BackupDirectory;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

            // No backup exists yet, so the daily job takes one right away instead of waiting for 03:30.
            while (BackupRotation.List(backups).Count == 0)
            {
                await Task.Delay(50, timeout.Token);
            }

            await host.Services.GetRequiredService<RunStore>().StartAsync("birthday", RunTrigger.Schedule);
            await host.StopAsync();
        }

        // The next start finds the run the previous process left open and closes it as interrupted.
        using (var host = BuildHost(storage))
        {
            await host.StartAsync();
            Assert.Equal(RunOutcome.Interrupted, (await host.Services.GetRequiredService<RunStore>().RecentAsync(1))[0].Outcome);
            await host.StopAsync();
        }

        using var raw = storage.OpenRaw();
        Assert.Equal(HistoryDatabase.ApplicationId, raw.Int64("PRAGMA application_id"));
    }

    [Fact]
    public async Task RunOnce_BackupFails_StillPrunes()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 2, 30, 0, TimeSpan.Zero));
        await using var storage = await TestStorage.CreateAsync(time: clock);
        await storage.Get<VisitStore>().RecordAsync("https://www.linkedin.com/in/old/", null, null);
        clock.Advance(TimeSpan.FromDays(400));

        // A file where the backup directory should be makes every backup fail.
        await File.WriteAllTextAsync(storage.Get<StoragePaths>().BackupDirectory, "in the way");
        var service = new DailyMaintenanceService(
            storage.Config, clock, storage.Get<DatabaseBackup>(), storage.Get<RetentionPruner>(), storage.Get<StoragePaths>(), NullLogger<DailyMaintenanceService>.Instance);

        await service.RunOnceAsync(CancellationToken.None);

        SqliteConnection.ClearAllPools();
        using var raw = storage.OpenRaw();
        Assert.Equal(0L, raw.Int64("SELECT count(*) FROM profile_visits"));
    }

    private static IHost BuildHost(TestStorage storage)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddAppConfigurationForTest(storage);
        builder.Services.AddStorage().AddStorageMaintenance();
        return builder.Build();
    }
}
