namespace FakeLinkedIn;

/// <summary>A pending invitation received by the account owner.</summary>
public sealed class ScenarioReceivedInvitation
{
    /// <summary>Invitation id exposed as <c>data-invitation-id</c>; generated when absent.</summary>
    public string? Id { get; set; }

    /// <summary>person, page, event or newsletter; only person invitations link to <c>/in/</c>.</summary>
    public string Kind { get; set; } = "person";

    /// <summary>Slug of the inviting person (kind person).</summary>
    public string? From { get; set; }

    /// <summary>Name of the page, event or newsletter (other kinds).</summary>
    public string? Title { get; set; }

    /// <summary>Subtitle of a page/event/newsletter invitation; a person's headline comes from the person.</summary>
    public string? Subtitle { get; set; }

    /// <summary>Total mutual connections (0 = no line).</summary>
    public int MutualCount { get; set; }

    /// <summary>Name of one mutual connection; without it the short form "12 mutual connections" is used.</summary>
    public string? MutualName { get; set; }

    /// <summary>Personal note; long notes are truncated with "…see more".</summary>
    public string? Note { get; set; }
}

/// <summary>A pending invitation sent by the account owner.</summary>
public sealed class ScenarioSentInvitation
{
    /// <summary>Slug of the invited person.</summary>
    public string To { get; set; } = "";

    /// <summary>Age of the invitation relative to the scenario's today; it grows when the clock moves.</summary>
    public int SentDaysAgo { get; set; }
}

/// <summary>A batch of synthetic people generated from fixed name lists.</summary>
public sealed class ScenarioGeneratedPeople
{
    public int Count { get; set; }

    /// <summary>Prefix of the generated slugs (slug = prefix + "-" + index).</summary>
    public string SlugPrefix { get; set; } = "member";

    public string Headline { get; set; } = "";

    public string Location { get; set; } = "";

    public string Company { get; set; } = "";

    public int Degree { get; set; } = 2;

    public List<string> Tags { get; set; } = [];

    public string? Geo { get; set; }

    /// <summary>Every Nth generated person is an out-of-network "LinkedIn Member" search row (0 = none).</summary>
    public int AnonymousEvery { get; set; }
}
