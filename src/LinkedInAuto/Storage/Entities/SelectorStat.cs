namespace LinkedInAuto.Storage.Entities;

/// <summary>How often a page selector matched, so a LinkedIn redesign shows up as a rising miss count.</summary>
public sealed class SelectorStat
{
    /// <summary>Gets or sets the row id.</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets the selector's key (e.g. `birthday.send_button`), unique.</summary>
    public required string Key { get; set; }

    /// <summary>Gets or sets how many lookups matched.</summary>
    public long Hits { get; set; }

    /// <summary>Gets or sets how many lookups found nothing.</summary>
    public long Misses { get; set; }

    /// <summary>Gets or sets the last match (UTC).</summary>
    public DateTime? LastHitUtc { get; set; }

    /// <summary>Gets or sets the last miss (UTC).</summary>
    public DateTime? LastMissUtc { get; set; }
}
