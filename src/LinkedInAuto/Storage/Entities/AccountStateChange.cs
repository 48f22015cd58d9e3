namespace LinkedInAuto.Storage.Entities;

/// <summary>A change of the account's state; the latest row is the current state.</summary>
public sealed class AccountStateChange
{
    /// <summary>Gets or sets the row id.</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets the new state.</summary>
    public AccountState State { get; set; }

    /// <summary>Gets or sets when the state began (UTC).</summary>
    public DateTime SinceUtc { get; set; }

    /// <summary>Gets or sets what was seen (page, message).</summary>
    public string? Reason { get; set; }
}
