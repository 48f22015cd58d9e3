namespace FakeLinkedIn;

/// <summary>How the fake recognises a logged-in browser.</summary>
public sealed class ScenarioSession
{
    /// <summary>The only accepted <c>li_at</c> value; null or empty accepts any non-empty cookie.</summary>
    public string? LiAt { get; set; }

    /// <summary>Credentials accepted by the login form (for humans trying the demo).</summary>
    public string Username { get; set; } = "demo@example.com";

    public string Password { get; set; } = "demo";
}
