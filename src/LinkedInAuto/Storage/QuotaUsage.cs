using LinkedInAuto.Storage.Entities;

namespace LinkedInAuto.Storage;

/// <summary>Quota consumed today and this week (Monday to Sunday) in the configured time zone.</summary>
/// <param name="Day">The local date the counts are for.</param>
/// <param name="Today">Actions consumed today, by kind (absent kinds: 0).</param>
/// <param name="ThisWeek">Actions consumed this week, by kind (absent kinds: 0).</param>
public sealed record QuotaUsage(DateOnly Day, IReadOnlyDictionary<ActionKind, int> Today, IReadOnlyDictionary<ActionKind, int> ThisWeek)
{
    /// <summary>Gets the actions of every kind consumed today (for <c>quotas.global_daily</c>).</summary>
    public int GlobalToday => Today.Values.Sum();

    /// <summary>Gets the actions of <paramref name="kind"/> consumed today.</summary>
    public int TodayOf(ActionKind kind) => Today.GetValueOrDefault(kind);

    /// <summary>Gets the actions of <paramref name="kind"/> consumed this week.</summary>
    public int ThisWeekOf(ActionKind kind) => ThisWeek.GetValueOrDefault(kind);
}
