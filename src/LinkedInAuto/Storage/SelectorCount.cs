namespace LinkedInAuto.Storage;

/// <summary>Matches and misses of one selector, counted in memory during a run and written once.</summary>
/// <param name="Key">The selector's key, e.g. `birthday.send_button`.</param>
/// <param name="Hits">Lookups that matched.</param>
/// <param name="Misses">Lookups that found nothing.</param>
public sealed record SelectorCount(string Key, int Hits, int Misses);
