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

    /// <summary>Stores what was read on the visited profile; the contact's name is refreshed with the name the profile shows.</summary>
    /// <exception cref="InvalidOperationException">No visit has this id.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The degree is not 1, 2 or 3.</exception>
    public async Task RecordProfileAsync(long visitId, VisitedProfile profile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.Degree is < 1 or > 3)
        {
            throw new ArgumentOutOfRangeException(nameof(profile), profile.Degree, "a network degree is 1, 2 or 3 (3rd and beyond)");
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var visit = await context.ProfileVisits.Include(v => v.Contact).FirstOrDefaultAsync(v => v.Id == visitId, cancellationToken)
            ?? throw new InvalidOperationException($"Profile visit {visitId} does not exist.");
        visit.FullName = profile.FullName;
        visit.Headline = profile.Headline;
        visit.Location = profile.Location;
        visit.Company = profile.Company;
        visit.Degree = profile.Degree;
        if (!string.IsNullOrWhiteSpace(profile.FullName))
        {
            visit.Contact!.FullName = profile.FullName;
            visit.Contact.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        }

        await context.SaveChangesAsync(cancellationToken);
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
