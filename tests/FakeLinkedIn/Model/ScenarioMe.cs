namespace FakeLinkedIn;

/// <summary>The account owner shown in the navigation bar and as sender of "me" messages.</summary>
public sealed class ScenarioMe
{
    public string Slug { get; set; } = "me";

    public string Name { get; set; } = "Alex Morgan";

    public string Headline { get; set; } = "";
}
