namespace FakeLinkedIn;

/// <summary>An existing conversation with one person.</summary>
public sealed class ScenarioThread
{
    /// <summary>Base64url thread id (may end in '='); generated when absent.</summary>
    public string? Id { get; set; }

    public List<ScenarioMessage> Messages { get; set; } = [];
}

/// <summary>One message of an existing conversation.</summary>
public sealed class ScenarioMessage
{
    /// <summary>"me" or "them".</summary>
    public string From { get; set; } = "them";

    public string Text { get; set; } = "";

    /// <summary>How many days before the scenario's today it was sent (default <see cref="DefaultDaysAgo"/>: over a year ago).</summary>
    public int? DaysAgo { get; set; }

    /// <summary>The age of a message whose scenario gives none.</summary>
    public const int DefaultDaysAgo = 400;
}
