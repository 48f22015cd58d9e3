using LinkedInAuto.Storage;

namespace LinkedInAuto.Control;

/// <summary>What `stats --json` prints and `stats` on the control socket answers: totals per action kind, wishes on time and late, and the same per day.</summary>
/// <param name="From">The first local day counted.</param>
/// <param name="To">The last local day counted (today).</param>
/// <param name="TimeZone">The time zone of the days.</param>
/// <param name="ByKind">Actions per kind over the period (`wish`, `visit`, `accept`, `ignore`, `withdraw`), as the quota ledger counts them.</param>
/// <param name="Total">All kinds together.</param>
/// <param name="Wishes">Wishes sent on the birthday and late.</param>
/// <param name="Days">Each local day of the period, oldest first.</param>
public sealed record StatsReport(
    DateOnly From, DateOnly To, string TimeZone, IReadOnlyDictionary<string, int> ByKind, int Total, WishTimeliness Wishes, IReadOnlyList<DayActions> Days)
{
    /// <summary>Sums <paramref name="days"/> into a report.</summary>
    public static StatsReport Create(IReadOnlyList<DayActions> days, DateOnly today, TimeZoneInfo zone, WishTimeliness wishes)
    {
        var byKind = days.SelectMany(d => d.ByKind).GroupBy(p => p.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(p => p.Value), StringComparer.Ordinal);
        return new StatsReport(days[0].Day, today, zone.Id, byKind, days.Sum(d => d.Total), wishes, days);
    }
}
