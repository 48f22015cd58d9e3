using LinkedInAuto.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace LinkedInAuto.Storage;

/// <summary>Profile visits by the visitor bot.</summary>
public sealed class VisitStore(IDbContextFactory<HistoryDbContext> contextFactory, TimeProvider time)
{
    /// <summary>Records a visit just before navigating to the profile; a real one consumes one visit from the quota.</summary>
    /// <returns>The visit's id.</returns>
    public async Task<long> RecordAsync(string profileUrl, string? fullName, long? runId, bool dryRun = false, CancellationToken cancellationToken = default)
    {
        var url = ProfileUrl.Canonicalize(profileUrl);
        var now = time.GetUtcNow().UtcDateTime;
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var visit = new ProfileVisit
        {
            Contact = await ContactStore.UpsertAsync(context, url, fullName, now, cancellationToken),
            VisitedUtc = now,
            DryRun = dryRun,
            RunId = runId,
        };
        context.ProfileVisits.Add(visit);
        if (!dryRun)
        {
            context.ActionLedger.Add(new ActionLedgerEntry { Kind = ActionKind.Visit, AtUtc = now, RunId = runId });
        }

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return visit.Id;
    }

    /// <summary>Gets when a profile was last really visited (for <c>visitor.revisit_after</c>), or null.</summary>
    public async Task<DateTime?> LastVisitAsync(string profileUrl, CancellationToken cancellationToken = default)
    {
        var url = ProfileUrl.Canonicalize(profileUrl);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.ProfileVisits.AsNoTracking()
            .Where(v => v.Contact!.ProfileUrl == url && !v.DryRun)
            .OrderByDescending(v => v.VisitedUtc)
            .Select(v => (DateTime?)v.VisitedUtc)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
