namespace LinkedInAuto.Storage.Entities;

/// <summary>One visit of a profile by the visitor bot.</summary>
public sealed class ProfileVisit
{
    /// <summary>Gets or sets the row id.</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets the contact visited.</summary>
    public long ContactId { get; set; }

    /// <summary>Gets or sets the contact visited.</summary>
    public Contact? Contact { get; set; }

    /// <summary>Gets or sets when the visit was recorded, just before navigating (UTC).</summary>
    public DateTime VisitedUtc { get; set; }

    /// <summary>Gets or sets a value indicating whether the visit was only rehearsed.</summary>
    public bool DryRun { get; set; }

    /// <summary>Gets or sets the run that visited, if still kept.</summary>
    public long? RunId { get; set; }
}
