using LinkedInAuto.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Storage.Maintenance;

/// <summary>Takes the daily backup (with rotation) and applies retention at <c>storage.backup.time</c>, local time.</summary>
internal sealed class DailyMaintenanceService(
    ConfigStore config, TimeProvider time, DatabaseBackup backup, RetentionPruner pruner, StoragePaths paths, ILogger<DailyMaintenanceService> logger) : BackgroundService
{
    // The Pi has no real-time clock: waking at least this often lets a clock corrected by NTP after boot, or a reloaded
    // backup time, move the schedule instead of sleeping through it.
    private static readonly TimeSpan s_maxSleep = TimeSpan.FromMinutes(30);

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A Pi switched off every night at backup time would otherwise never back up.
        var anchor = IsBackupOverdue() ? DateTimeOffset.MinValue : time.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            var due = anchor == DateTimeOffset.MinValue ? time.GetUtcNow() : MaintenanceSchedule.Next(anchor, config.Current.Storage.Backup.Time, config.Current.TimeZone.Zone);
            var wait = due - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                logger.NextMaintenance(due);
                await Task.Delay(wait < s_maxSleep ? wait : s_maxSleep, time, stoppingToken);
                continue;
            }

            await RunOnceAsync(stoppingToken);
            anchor = time.GetUtcNow();
        }
    }

    /// <summary>Backs up (when enabled) and prunes; a failure is logged and the daemon goes on.</summary>
    internal async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        if (config.Current.Storage.Backup.Enabled)
        {
            try
            {
                await backup.CreateRotatedAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.MaintenanceFailed("backup", ex);
            }
        }

        try
        {
            await pruner.PruneAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.MaintenanceFailed("prune", ex);
        }
    }

    private bool IsBackupOverdue()
    {
        if (!config.Current.Storage.Backup.Enabled)
        {
            return false;
        }

        return BackupRotation.List(paths.BackupDirectory) is not [var newest, ..]
            || File.GetLastWriteTimeUtc(newest) < time.GetUtcNow().UtcDateTime.AddDays(-1);
    }
}
