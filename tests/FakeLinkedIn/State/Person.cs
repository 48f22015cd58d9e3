namespace FakeLinkedIn.State;

/// <summary>A resolved member of the fake network (ids generated, birthday reduced to month and day).</summary>
internal sealed record Person(
    string Slug,
    string Id,
    string Name,
    string FirstName,
    string Headline,
    string Location,
    string Company,
    int Degree,
    (int Month, int Day)? Birthday,
    string ConnectButton,
    bool OpenToWork,
    string? About,
    IReadOnlyList<ScenarioExperience> Experience,
    IReadOnlyList<string> Tags,
    string? Geo,
    bool SearchAnonymous)
{
    /// <summary>Profile URN carried by compose links.</summary>
    public string Urn => "urn:li:fsd_profile:" + Id;

    /// <summary>Canonical identity URL on linkedin.com, as the bots compute it.</summary>
    public string CanonicalUrl => $"https://www.linkedin.com/in/{Uri.EscapeDataString(Slug)}/";

    /// <summary>Path of the profile, percent-encoded as LinkedIn serves non-ASCII vanity names.</summary>
    public string ProfilePath => $"/in/{Uri.EscapeDataString(Slug)}/";
}
