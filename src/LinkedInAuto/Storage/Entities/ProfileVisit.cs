namespace LinkedInAuto.Storage.Entities;

/// <summary>One visit of a profile by the visitor bot, with the few fields kept about the person (data minimisation).</summary>
/// <remarks>Only what sourcing needs is kept — name, headline, location, current company, degree — and it goes with the
/// visit when <c>storage.retention.visits</c> prunes it.</remarks>
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

    /// <summary>Gets or sets the name shown on the profile, or null before it was read (or in a dry run).</summary>
    public string? FullName { get; set; }

    /// <summary>Gets or sets the headline shown on the profile.</summary>
    public string? Headline { get; set; }

    /// <summary>Gets or sets the location shown on the profile.</summary>
    public string? Location { get; set; }

    /// <summary>Gets or sets the current company: the first experience item's company.</summary>
    public string? Company { get; set; }

    /// <summary>Gets or sets the network degree shown on the profile: 1, 2, or 3 for "3rd+".</summary>
    public int? Degree { get; set; }
}
