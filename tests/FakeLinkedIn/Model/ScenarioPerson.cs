namespace FakeLinkedIn;

/// <summary>One member of the fake network.</summary>
public sealed class ScenarioPerson
{
    /// <summary>Vanity name as it appears in <c>/in/&lt;slug&gt;/</c>; may hold non-ASCII characters (served percent-encoded).</summary>
    public string Slug { get; set; } = "";

    /// <summary>Member id (<c>ACoAA…</c>) used in <c>profileUrn</c> and <c>recipient</c>; generated from the slug when absent.</summary>
    public string? Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>First name as LinkedIn shows it in celebration sentences; defaults to the first token of the name.</summary>
    public string? FirstName { get; set; }

    public string Headline { get; set; } = "";

    public string Location { get; set; } = "";

    public string Company { get; set; } = "";

    /// <summary>Connection degree: 1, 2 or 3.</summary>
    public int Degree { get; set; } = 1;

    /// <summary>Birthday as MM-dd.</summary>
    public string? Birthday { get; set; }

    /// <summary>Birthday this many days before the scenario's today (0 = today).</summary>
    public int? BirthdayDaysAgo { get; set; }

    /// <summary>Birthday this many days after the scenario's today.</summary>
    public int? BirthdayInDays { get; set; }

    /// <summary>Action offered to a non-connection: connect, follow or pending.</summary>
    public string ConnectButton { get; set; } = "connect";

    public bool OpenToWork { get; set; }

    public string? About { get; set; }

    public List<ScenarioExperience> Experience { get; set; } = [];

    /// <summary>Extra search terms (skills, keywords) matched by people search besides name, headline and company.</summary>
    public List<string> Tags { get; set; } = [];

    /// <summary>Numeric geo id matched by the <c>geoUrn</c> search filter.</summary>
    public string? Geo { get; set; }

    /// <summary>Shown in search results as "LinkedIn Member" without a profile link.</summary>
    public bool SearchAnonymous { get; set; }

    /// <summary>Existing conversation with this person.</summary>
    public ScenarioThread? Thread { get; set; }
}
