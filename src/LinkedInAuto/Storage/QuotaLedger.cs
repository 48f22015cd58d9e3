using LinkedInAuto.Configuration;
using LinkedInAuto.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace LinkedInAuto.Storage;

/// <summary>Reads the action ledger: how much of each quota is used today, this week and in a run.</summary>
/// <remarks>
/// Quota is consumed at intent time by the stores that record intents (<see cref="WishLedger"/>, <see cref="InvitationStore"/>,
/// <see cref="VisitStore"/>), in the same transaction as the intent, so a crash can neither lose nor double an action's cost.
/// </remarks>
public sealed class QuotaLedger(IDbContextFactory<HistoryDbContext> contextFactory, ConfigStore config, TimeProvider time)
{
    /// <summary>Counts the actions consumed today and this week, by kind, in <c>time_zone</c>.</summary>
    public async Task<QuotaUsage> GetUsageAsync(CancellationToken cancellationToken = default)
    {
        var zone = config.Current.TimeZone.Zone;
        var today = LocalCalendar.Today(time.GetUtcNow(), zone);
        var weekStart = LocalCalendar.WeekStart(today);
        var weekStartUtc = LocalCalendar.StartOfDayUtc(weekStart, zone);
        var weekEndUtc = LocalCalendar.StartOfDayUtc(weekStart.AddDays(7), zone);
        var dayStartUtc = LocalCalendar.StartOfDayUtc(today, zone);
        var dayEndUtc = LocalCalendar.StartOfDayUtc(today.AddDays(1), zone);

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entries = await context.ActionLedger.AsNoTracking()
            .Where(e => e.AtUtc >= weekStartUtc && e.AtUtc < weekEndUtc)
            .Select(e => new { e.Kind, e.AtUtc })
            .ToListAsync(cancellationToken);
        return new QuotaUsage(
            today,
            entries.Where(e => e.AtUtc >= dayStartUtc && e.AtUtc < dayEndUtc).GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.Count()),
            entries.GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.Count()));
    }

    /// <summary>Counts the actions of <paramref name="kind"/> consumed by one run (for <c>per_run</c> limits).</summary>
    public async Task<int> CountForRunAsync(long runId, ActionKind kind, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.ActionLedger.CountAsync(e => e.RunId == runId && e.Kind == kind, cancellationToken);
    }
}
