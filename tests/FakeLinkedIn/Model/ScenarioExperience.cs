namespace FakeLinkedIn;

/// <summary>One position in a profile's Experience section.</summary>
public sealed class ScenarioExperience
{
    public string Title { get; set; } = "";

    public string Company { get; set; } = "";

    /// <summary>Employment type shown after the company ("Full-time" / "CDI").</summary>
    public string Employment { get; set; } = "";

    /// <summary>Caption such as "Jan 2020 - Present · 5 yrs", shown as is.</summary>
    public string Dates { get; set; } = "";
}
