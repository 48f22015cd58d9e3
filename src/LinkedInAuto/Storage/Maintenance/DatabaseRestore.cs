using LinkedInAuto.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Storage.Maintenance;

/// <summary>Puts a backup in the history file's place, with the daemon stopped: checked first, the current file kept, the swap durable.</summary>
/// <remarks>
/// Order (docs/architecture.md, "Files and durability"): the backup is copied next to the database and flushed, and that
/// copy is what is checked; the current database (and its -wal) is copied to the backup directory and flushed; only
/// then are the old -wal and -shm removed (a stale log must never be replayed into the restored file) and the copy
/// renamed over the database, and the directory synced. A refusal or a failure before the rename changes nothing.
/// </remarks>
public sealed class DatabaseRestore(IDbContextFactory<HistoryDbContext> contextFactory, StoragePaths paths, TimeProvider time, ILogger<DatabaseRestore> logger)
{
    /// <summary>Restores <paramref name="file"/>; the caller has made sure the daemon is not running.</summary>
    /// <exception cref="StorageException">The file was refused or the restore failed; the message says why and what was left.</exception>
    public async Task<RestoreReport> RestoreAsync(string file, CancellationToken cancellationToken = default)
    {
        var source = Path.GetFullPath(file);
        var target = Path.GetFullPath(paths.DatabasePath);
        CheckSource(source, target);

        var staging = target + ".restoring";
        File.Delete(staging);
        string? kept = null;
        try
        {
            CopyDurably(source, staging, LibC.Stat(target) is { } current ? current.Mode : UnixFileMode.UserRead | UnixFileMode.UserWrite);
            var candidate = await RestoreCandidate.CheckAsync(staging, source, await KnownMigrationsAsync(cancellationToken), cancellationToken);
            kept = File.Exists(target) ? KeepCurrent(target) : null;
            MatchOwner(target, staging);
            foreach (var stale in new[] { target + "-wal", target + "-shm" })
            {
                File.Delete(stale);
            }

            File.Move(staging, target, overwrite: true);
            LibC.SyncDirectory(Path.GetDirectoryName(target)!);
            logger.Restored(target, source, kept ?? "(none)");
            return new RestoreReport(source, target, kept, candidate);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var left = kept is null ? "nothing was changed" : $"the previous database is kept at {kept}";
            throw new StorageException($"Restoring {source} to {target} failed ({left}): {ex.Message}. Next step: check the free space and that {Path.GetDirectoryName(target)} and {paths.BackupDirectory} are writable (run as the service user or with sudo).", ex);
        }
        finally
        {
            File.Delete(staging);
        }
    }

    private static void CheckSource(string source, string target)
    {
        if (!File.Exists(source))
        {
            throw new StorageException($"{source} does not exist (or is not a file): refused, nothing was changed.");
        }

        if (string.Equals(source, target, StringComparison.Ordinal))
        {
            throw new StorageException($"{source} is the history database itself: name a backup (`ls {Path.GetDirectoryName(target)}/backups`).");
        }

        if (new FileInfo(source + "-wal") is { Exists: true, Length: > 0 })
        {
            throw new StorageException($"{source} has a write-ahead log beside it ({source}-wal): it is a database in use, not a backup; refused, nothing was changed. Next step: restore a file made by `linkedin-auto db backup`.");
        }
    }

    private async Task<IReadOnlyList<string>> KnownMigrationsAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return [.. context.Database.GetMigrations()];
    }

    // The current database as it is, with its log (SQLite replays a "-wal" beside a file of the same name): a copy,
    // so it is kept even when it is damaged, and even when the backup directory is on another file system.
    private string KeepCurrent(string target)
    {
        var directory = paths.BackupDirectory;
        Directory.CreateDirectory(directory);
        var stamp = BackupRotation.FileName(time.GetUtcNow())["linkedin-auto-".Length..^".db".Length];
        var kept = Path.Combine(directory, $"pre-restore-{stamp}.db");
        if (new FileInfo(target + "-wal") is { Exists: true, Length: > 0 })
        {
            CopyDurably(target + "-wal", kept + "-wal", UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        CopyDurably(target, kept, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        LibC.SyncDirectory(directory);
        return kept;
    }

    private static void CopyDurably(string from, string to, UnixFileMode mode)
    {
        using var input = new FileStream(from, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var output = new FileStream(to, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite });
        File.SetUnixFileMode(output.SafeFileHandle, mode);
        input.CopyTo(output);
        output.Flush(flushToDisk: true);
    }

    // Run with sudo, the restored file would belong to root and the service could not write it: it takes the owner of
    // the file it replaces, or of the state directory when there is none.
    private static void MatchOwner(string target, string staging)
    {
        if (CurrentUser.IsRoot && (LibC.Stat(target) ?? LibC.Stat(Path.GetDirectoryName(target)!)) is { } current)
        {
            _ = LibC.Chown(staging, (int)current.UserId, (int)current.GroupId);
        }
    }
}

/// <summary>What `db restore` did.</summary>
/// <param name="Source">The file restored.</param>
/// <param name="Database">The history database it replaced.</param>
/// <param name="Kept">Where the previous database was kept, or null when there was none.</param>
/// <param name="Restored">What the restored file holds.</param>
public sealed record RestoreReport(string Source, string Database, string? Kept, RestoreCandidate Restored);
