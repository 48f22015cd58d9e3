namespace LinkedInAuto.Storage;

/// <summary>What the visitor keeps about a visited person: nothing beyond these five fields (data minimisation).</summary>
/// <param name="FullName">The name shown on the profile.</param>
/// <param name="Headline">The headline, or null when none was shown.</param>
/// <param name="Location">The location, or null.</param>
/// <param name="Company">The current company (first experience item), or null.</param>
/// <param name="Degree">The network degree: 1, 2, or 3 for "3rd+"; null when not shown.</param>
public sealed record VisitedProfile(string? FullName, string? Headline, string? Location, string? Company, int? Degree);
