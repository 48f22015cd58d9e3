namespace LinkedInAuto.Storage.Entities;

/// <summary>A pause on a scope (the whole account, one bot, one action kind) until a moment.</summary>
public sealed class Cooldown
{
    /// <summary>Gets or sets the row id.</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets what is paused (e.g. `account`, `bot:visitor`, `action:Withdraw`), unique.</summary>
    public required string Scope { get; set; }

    /// <summary>Gets or sets when the pause ends (UTC).</summary>
    public DateTime UntilUtc { get; set; }

    /// <summary>Gets or sets why.</summary>
    public string? Reason { get; set; }

    /// <summary>Gets or sets when the pause was set (UTC).</summary>
    public DateTime CreatedUtc { get; set; }
}
