namespace FakeLinkedIn;

/// <summary>A seeded world for the fake: account, people, invitations, language, clock and fault switches.</summary>
/// <remarks>Deserialized from YAML with snake_case keys; see README.md for the schema.</remarks>
public sealed class Scenario
{
    /// <summary>Account UI language: "fr" or "en" (LinkedIn renders the account language, not Accept-Language).</summary>
    public string Language { get; set; } = "en";

    /// <summary>The fake clock's date, yyyy-MM-dd; relative birthdays and invitation ages are resolved against it.</summary>
    public string Today { get; set; } = "2025-11-18";

    /// <summary>IANA time zone of the member; "today" is a date in this zone.</summary>
    public string TimeZone { get; set; } = "Europe/Paris";

    /// <summary>Seed of the obfuscated class names; a different seed gives different hashes.</summary>
    public string ClassSeed { get; set; } = "build-1";

    /// <summary>Birthdays at most this many days old are listed on the catch-up page (LinkedIn shows recent ones).</summary>
    public int BirthdayPastDays { get; set; } = 30;

    /// <summary>Birthdays at most this many days ahead are listed as upcoming.</summary>
    public int BirthdayUpcomingDays { get; set; } = 7;

    public ScenarioSession Session { get; set; } = new();

    public ScenarioMe Me { get; set; } = new();

    public List<ScenarioPerson> People { get; set; } = [];

    /// <summary>Synthetic people (e.g. to fill several search pages) generated from fixed name lists.</summary>
    public List<ScenarioGeneratedPeople> GeneratedPeople { get; set; } = [];

    public List<ScenarioReceivedInvitation> ReceivedInvitations { get; set; } = [];

    public List<ScenarioSentInvitation> SentInvitations { get; set; } = [];

    /// <summary>Initial fault switches, same names and values as <c>POST /__fake/faults</c>.</summary>
    public Dictionary<string, object?> Faults { get; set; } = [];

    /// <summary>Parses a scenario from YAML text; <paramref name="sourceName"/> names it in error messages.</summary>
    public static Scenario Parse(string yaml, string sourceName = "<scenario>") => ScenarioLoader.Parse(yaml, sourceName);

    /// <summary>Reads and parses a scenario file; errors name the file and line.</summary>
    public static Scenario LoadFile(string path) => ScenarioLoader.Parse(File.ReadAllText(path), path);
}
