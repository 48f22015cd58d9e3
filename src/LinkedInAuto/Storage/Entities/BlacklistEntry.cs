namespace LinkedInAuto.Storage.Entities;

/// <summary>A member no bot may act on, added at run time (the config file's blacklist is separate).</summary>
public sealed class BlacklistEntry
{
    /// <summary>Gets or sets the row id.</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets the canonical profile URL, unique.</summary>
    public required string ProfileUrl { get; set; }

    /// <summary>Gets or sets why the member was blacklisted.</summary>
    public string? Reason { get; set; }

    /// <summary>Gets or sets when the entry was added (UTC).</summary>
    public DateTime AddedUtc { get; set; }
}
