namespace LinkedInAuto.Storage.Entities;

/// <summary>One unit of quota consumed, written in the same transaction as the intent it pays for.</summary>
public sealed class ActionLedgerEntry
{
    /// <summary>Gets or sets the row id.</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets the kind of action.</summary>
    public ActionKind Kind { get; set; }

    /// <summary>Gets or sets when the quota was consumed (UTC).</summary>
    public DateTime AtUtc { get; set; }

    /// <summary>Gets or sets the run that consumed it, if still kept.</summary>
    public long? RunId { get; set; }
}
