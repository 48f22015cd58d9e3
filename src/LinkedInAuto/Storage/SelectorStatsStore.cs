using LinkedInAuto.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace LinkedInAuto.Storage;

/// <summary>Selector statistics, so a LinkedIn redesign shows up as misses before it shows up as failed runs.</summary>
public sealed class SelectorStatsStore(IDbContextFactory<HistoryDbContext> contextFactory, TimeProvider time)
{
    /// <summary>Adds a run's counts in one transaction (one write per run rather than per lookup spares the SD card).</summary>
    public async Task RecordAsync(IReadOnlyCollection<SelectorCount> counts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var keys = counts.Select(c => c.Key).Distinct().ToList();
        var existing = await context.SelectorStats.Where(s => keys.Contains(s.Key)).ToDictionaryAsync(s => s.Key, cancellationToken);
        foreach (var count in counts)
        {
            if (!existing.TryGetValue(count.Key, out var stat))
            {
                stat = new SelectorStat { Key = count.Key };
                context.SelectorStats.Add(stat);
                existing[count.Key] = stat;
            }

            stat.Hits += count.Hits;
            stat.Misses += count.Misses;
            stat.LastHitUtc = count.Hits > 0 ? now : stat.LastHitUtc;
            stat.LastMissUtc = count.Misses > 0 ? now : stat.LastMissUtc;
        }

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Lists every selector, most misses first.</summary>
    public async Task<IReadOnlyList<SelectorStat>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.SelectorStats.AsNoTracking().OrderByDescending(s => s.Misses).ThenBy(s => s.Key).ToListAsync(cancellationToken);
    }
}
