namespace FakeLinkedIn.State;

/// <summary>A received invitation and what the member did with it.</summary>
internal sealed class ReceivedInvitation
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    public Person? From { get; init; }

    public required string Title { get; init; }

    public string Subtitle { get; init; } = "";

    public int MutualCount { get; init; }

    public string? MutualName { get; init; }

    public string? Note { get; init; }

    /// <summary>pending, accepted or ignored.</summary>
    public string Status { get; set; } = "pending";
}

/// <summary>An invitation sent by the member; withdrawn ones leave the list.</summary>
internal sealed class SentInvitation
{
    public required Person To { get; init; }

    public required DateOnly SentOn { get; init; }

    public bool Withdrawn { get; set; }
}
