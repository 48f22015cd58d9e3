using LinkedInAuto.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace LinkedInAuto.Storage;

/// <summary>Read-only history queries for `linkedin-auto history` and `stats`.</summary>
public sealed class RunHistory(IDbContextFactory<HistoryDbContext> contextFactory)
{
    /// <summary>Lists runs started at or after <paramref name="sinceUtc"/>, newest first, of one bot or all.</summary>
    public async Task<IReadOnlyList<Run>> RunsSinceAsync(DateTime sinceUtc, string? bot, int limit, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var runs = context.Runs.AsNoTracking().Where(r => r.StartedUtc >= sinceUtc);
        if (bot is not null)
        {
            runs = runs.Where(r => r.Bot == bot);
        }

        return await runs.OrderByDescending(r => r.Id).Take(limit).ToListAsync(cancellationToken);
    }

    /// <summary>Counts actions per local day and kind from <paramref name="firstDay"/> to <paramref name="lastDay"/> (inclusive) in <paramref name="zone"/>.</summary>
    public async Task<IReadOnlyList<DayActions>> ActionsPerDayAsync(DateOnly firstDay, DateOnly lastDay, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var fromUtc = LocalCalendar.StartOfDayUtc(firstDay, zone);
        var toUtc = LocalCalendar.StartOfDayUtc(lastDay.AddDays(1), zone);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entries = await context.ActionLedger.AsNoTracking().Where(e => e.AtUtc >= fromUtc && e.AtUtc < toUtc).Select(e => new { e.Kind, e.AtUtc }).ToListAsync(cancellationToken);
        var byDay = entries.ToLookup(e => LocalCalendar.Today(new DateTimeOffset(DateTime.SpecifyKind(e.AtUtc, DateTimeKind.Utc)), zone));
        var days = new List<DayActions>();
        for (var day = firstDay; day <= lastDay; day = day.AddDays(1))
        {
            var counts = Enum.GetValues<ActionKind>().ToDictionary(k => k.ToString().ToLowerInvariant(), k => byDay[day].Count(e => e.Kind == k));
            days.Add(new DayActions(day, counts, counts.Values.Sum()));
        }

        return days;
    }

    /// <summary>Counts the wishes sent from <paramref name="firstDay"/> to <paramref name="lastDay"/> (local days, inclusive): on the birthday, or late.</summary>
    /// <remarks>Only wishes that left (sent or verified) count; rehearsals, failures and wishes found already in the conversation do not.</remarks>
    public async Task<WishTimeliness> WishTimelinessAsync(DateOnly firstDay, DateOnly lastDay, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var fromUtc = LocalCalendar.StartOfDayUtc(firstDay, zone);
        var toUtc = LocalCalendar.StartOfDayUtc(lastDay.AddDays(1), zone);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var daysLate = await context.BirthdayWishes.AsNoTracking()
            .Where(w => (w.State == WishState.Sent || w.State == WishState.Verified) && w.SentUtc >= fromUtc && w.SentUtc < toUtc)
            .Select(w => w.DaysLate)
            .ToListAsync(cancellationToken);
        return new WishTimeliness(daysLate.Count(d => d == 0), daysLate.Count(d => d > 0));
    }
}

/// <summary>Actions of one local day.</summary>
/// <param name="Day">The day.</param>
/// <param name="ByKind">Count per action kind (`wish`, `visit`, `accept`, `ignore`, `withdraw`).</param>
/// <param name="Total">All kinds together.</param>
public sealed record DayActions(DateOnly Day, IReadOnlyDictionary<string, int> ByKind, int Total);

/// <summary>Wishes sent on the birthday itself and after it.</summary>
/// <param name="OnTime">Sent on the day.</param>
/// <param name="Late">Sent one or more days after.</param>
public sealed record WishTimeliness(int OnTime, int Late);
