namespace LinkedInAuto.Storage.Entities;

/// <summary>A LinkedIn member; the canonical profile URL is the identity because display names change and repeat.</summary>
public sealed class Contact
{
    /// <summary>Gets or sets the row id.</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets the canonical profile URL (see <see cref="Storage.ProfileUrl"/>), unique.</summary>
    public required string ProfileUrl { get; set; }

    /// <summary>Gets or sets the last display name seen; informative only.</summary>
    public string? FullName { get; set; }

    /// <summary>Gets or sets when the member was first recorded (UTC).</summary>
    public DateTime FirstSeenUtc { get; set; }

    /// <summary>Gets or sets when the member was last recorded (UTC).</summary>
    public DateTime UpdatedUtc { get; set; }
}
