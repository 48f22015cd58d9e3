using Microsoft.EntityFrameworkCore;

namespace LinkedInAuto.Storage.Maintenance;

/// <summary>Rebuilds the history file to give freed pages back to the file system.</summary>
public sealed class DatabaseVacuum(IDbContextFactory<HistoryDbContext> contextFactory, DatabaseGuard guard, StoragePaths paths)
{
    /// <summary>Runs `VACUUM` then truncates the WAL; the daemon's writes wait (busy_timeout) while it runs.</summary>
    /// <returns>The file size before and after, in bytes.</returns>
    public async Task<(long Before, long After)> VacuumAsync(CancellationToken cancellationToken = default)
    {
        await guard.CheckAsync(DatabaseAccess.Write, cancellationToken);
        var before = new FileInfo(paths.DatabasePath).Length;
        await using (var context = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var connection = context.Database.GetDbConnection();
            await context.Database.OpenConnectionAsync(cancellationToken);
            await connection.ExecuteAsync("VACUUM;", cancellationToken);

            // VACUUM goes through the WAL in WAL mode; the checkpoint writes it back so the main file actually shrinks.
            await connection.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
        }

        return (before, new FileInfo(paths.DatabasePath).Length);
    }
}
