using LinkedInAuto.Configuration;
using LinkedInAuto.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Storage.Maintenance;

/// <summary>Takes consistent online backups with `VACUUM INTO`, which reads one snapshot while the daemon keeps writing.</summary>
/// <remarks>
/// https://www.sqlite.org/lang_vacuum.html#vacuuminto: the copy holds everything committed before it started. It is
/// written under a `.partial` name, flushed to the card, then renamed, so a file with a backup's name is always complete.
/// </remarks>
public sealed class DatabaseBackup(
    IDbContextFactory<HistoryDbContext> contextFactory, DatabaseGuard guard, StoragePaths paths, ConfigStore config, TimeProvider time, ILogger<DatabaseBackup> logger)
{
    /// <summary>Backs up into the backup directory and keeps the newest <c>storage.backup.keep</c> backups.</summary>
    /// <returns>The backup file.</returns>
    public async Task<string> CreateRotatedAsync(CancellationToken cancellationToken = default)
    {
        await guard.CheckAsync(DatabaseAccess.Read, cancellationToken);
        var directory = paths.BackupDirectory;
        Directory.CreateDirectory(directory);
        var target = Path.Combine(directory, BackupRotation.FileName(time.GetUtcNow()));
        await WriteAsync(target, cancellationToken);
        foreach (var deleted in BackupRotation.Rotate(directory, config.Current.Storage.Backup.Keep))
        {
            logger.DeletedOldBackup(deleted);
        }

        return target;
    }

    /// <summary>Backs up to <paramref name="destination"/>: a new file, or an existing directory (then a timestamped file in it).</summary>
    /// <returns>The backup file.</returns>
    public async Task<string> CreateAtAsync(string destination, CancellationToken cancellationToken = default)
    {
        await guard.CheckAsync(DatabaseAccess.Read, cancellationToken);
        var target = Path.GetFullPath(destination);
        if (Directory.Exists(target))
        {
            target = Path.Combine(target, BackupRotation.FileName(time.GetUtcNow()));
        }

        await WriteAsync(target, cancellationToken);
        return target;
    }

    /// <summary>Backs up before migrating from schema <paramref name="from"/> to <paramref name="to"/>; these copies are not rotated.</summary>
    /// <returns>The backup file.</returns>
    public async Task<string> CreatePreMigrationAsync(string from, string to, CancellationToken cancellationToken = default)
    {
        var directory = paths.BackupDirectory;
        Directory.CreateDirectory(directory);
        var stamp = BackupRotation.FileName(time.GetUtcNow())["linkedin-auto-".Length..^".db".Length];
        var target = Path.Combine(directory, $"pre-migration-{from}-{to}-{stamp}.db");
        await WriteAsync(target, cancellationToken);
        return target;
    }

    private async Task WriteAsync(string target, CancellationToken cancellationToken)
    {
        if (File.Exists(target))
        {
            throw new StorageException($"{target} already exists. Next step: choose another path; a backup never overwrites a file.");
        }

        var partial = target + ".partial";
        File.Delete(partial);
        try
        {
            await using (var context = await contextFactory.CreateDbContextAsync(cancellationToken))
            {
                await context.Database.ExecuteSqlAsync($"VACUUM INTO {partial}", cancellationToken);
            }

            FlushToDisk(partial);
            DurableFile.Publish(partial, target);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            File.Delete(partial);
            throw new StorageException($"Backing up {paths.DatabasePath} to {target} failed: {ex.Message}. Next step: check that {Path.GetDirectoryName(target)} exists, is writable and has free space.", ex);
        }

        logger.BackedUp(paths.DatabasePath, target);
    }

    // VACUUM INTO does not sync its output; a backup must survive the same power cut as the database.
    private static void FlushToDisk(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite);
        stream.Flush(flushToDisk: true);
    }
}
