using LinkedInAuto.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Storage.Maintenance;

/// <summary>Applies <c>storage.retention</c>: old visits, runs, orphaned contacts and debug artefacts go; wishes and invitations stay.</summary>
/// <remarks>Wishes and handled invitations are never pruned: they are what prevents a duplicate wish or a re-invite.</remarks>
public sealed class RetentionPruner(
    IDbContextFactory<HistoryDbContext> contextFactory, DatabaseGuard guard, StoragePaths paths, ConfigStore config, TimeProvider time, ILogger<RetentionPruner> logger)
{
    // Deleting in small batches keeps each write transaction short, so the daemon and the CLI never wait long.
    private const int BatchSize = 500;

    /// <summary>Deletes what is older than the configured retention.</summary>
    public async Task<PruneResult> PruneAsync(CancellationToken cancellationToken = default)
    {
        await guard.CheckAsync(DatabaseAccess.Write, cancellationToken);
        var retention = config.Current.Storage.Retention;
        var now = time.GetUtcNow().UtcDateTime;
        var visitsBefore = now - retention.Visits;
        var runsBefore = now - retention.Runs;

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var visits = await DeleteInBatchesAsync(() => context.ProfileVisits.Where(v => v.VisitedUtc < visitsBefore).OrderBy(v => v.Id).Take(BatchSize), cancellationToken);
        var runs = await DeleteInBatchesAsync(() => context.Runs.Where(r => r.StartedUtc < runsBefore && r.EndedUtc != null).OrderBy(r => r.Id).Take(BatchSize), cancellationToken);
        var contacts = await DeleteInBatchesAsync(
            () => context.Contacts
                .Where(c => c.UpdatedUtc < visitsBefore
                    && !context.BirthdayWishes.Any(w => w.ContactId == c.Id)
                    && !context.HandledInvitations.Any(i => i.ContactId == c.Id)
                    && !context.ProfileVisits.Any(v => v.ContactId == c.Id))
                .OrderBy(c => c.Id).Take(BatchSize),
            cancellationToken);
        var debugFiles = PruneDebugDirectory(paths.DebugDirectory, now - retention.Debug);

        var result = new PruneResult(visits, runs, contacts, debugFiles);
        logger.Pruned(result.Visits, result.Runs, result.Contacts, result.DebugFiles);
        return result;
    }

    private static async Task<int> DeleteInBatchesAsync<T>(Func<IQueryable<T>> batch, CancellationToken cancellationToken)
    {
        var total = 0;
        int deleted;
        do
        {
            deleted = await batch().ExecuteDeleteAsync(cancellationToken);
            total += deleted;
        }
        while (deleted == BatchSize);
        return total;
    }

    // Screenshots and DOM snapshots older than the retention, then the directories they leave empty.
    private static int PruneDebugDirectory(string directory, DateTime beforeUtc)
    {
        if (!Directory.Exists(directory))
        {
            return 0;
        }

        var deleted = 0;
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).ToList())
        {
            if (File.GetLastWriteTimeUtc(file) < beforeUtc)
            {
                File.Delete(file);
                deleted++;
            }
        }

        foreach (var sub in Directory.EnumerateDirectories(directory, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length).ToList())
        {
            if (!Directory.EnumerateFileSystemEntries(sub).Any())
            {
                Directory.Delete(sub);
            }
        }

        return deleted;
    }
}
