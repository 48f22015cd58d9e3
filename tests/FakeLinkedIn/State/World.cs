namespace FakeLinkedIn.State;

/// <summary>The mutable state of the fake network; callers lock <see cref="Sync"/> around reads and changes.</summary>
internal sealed class World
{
    private readonly Dictionary<string, Person> _bySlugOrId = new(StringComparer.OrdinalIgnoreCase);

    public World(ScenarioMe me, IReadOnlyList<Person> people)
    {
        Me = me;
        People = people;
        foreach (var p in people)
        {
            _bySlugOrId[p.Slug] = p;
            _bySlugOrId[p.Id] = p;
        }
    }

    public Lock Sync { get; } = new();

    public ScenarioMe Me { get; }

    public IReadOnlyList<Person> People { get; }

    public List<ReceivedInvitation> Received { get; } = [];

    public List<SentInvitation> Sent { get; } = [];

    public Dictionary<string, Conversation> Conversations { get; } = new(StringComparer.Ordinal);

    /// <summary>Slugs of people invited with Connect during this run.</summary>
    public HashSet<string> Invited { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Slugs of people who became connections by accepting their invitation.</summary>
    public HashSet<string> Connected { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Send attempts so far, for the send_fail_every switch.</summary>
    public int SendAttempts { get; set; }

    /// <summary>Invitation actions so far, for the weekly_limit_after switch.</summary>
    public int InvitationActions { get; set; }

    /// <summary>Finds a person by vanity slug (case-insensitive, percent-decoded) or by member id.</summary>
    public Person? FindPerson(string? slugOrId)
    {
        if (string.IsNullOrEmpty(slugOrId))
        {
            return null;
        }

        var key = Uri.UnescapeDataString(slugOrId.Trim('/'));
        if (key.StartsWith("urn:li:fsd_profile:", StringComparison.Ordinal))
        {
            key = key["urn:li:fsd_profile:".Length..];
        }

        return _bySlugOrId.GetValueOrDefault(key);
    }

    public int DegreeOf(Person p) => Connected.Contains(p.Slug) ? 1 : p.Degree;

    /// <summary>The conversation with a person, created empty on first use.</summary>
    public Conversation ConversationWith(Person p)
    {
        var existing = Conversations.Values.FirstOrDefault(c => c.With == p);
        if (existing is not null)
        {
            return existing;
        }

        var created = new Conversation(Ids.ThreadId(p.Slug), p);
        Conversations[created.Id] = created;
        return created;
    }
}
