namespace FakeLinkedIn;

/// <summary>One action recorded by the fake (state change or observable visit).</summary>
public sealed record FakeAction
{
    /// <summary>One of <see cref="FakeActionKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>When the fake clock saw it.</summary>
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>Slug of the person concerned (recipient, inviter, invitee, viewed profile).</summary>
    public string? ProfileSlug { get; init; }

    /// <summary>Canonical profile URL on linkedin.com: <c>https://www.linkedin.com/in/&lt;slug&gt;/</c>.</summary>
    public string? ProfileUrl { get; init; }

    /// <summary>Display name of the person, page or event concerned.</summary>
    public string? Name { get; init; }

    /// <summary>Message text (message_sent).</summary>
    public string? Text { get; init; }

    /// <summary>Conversation id (message_sent).</summary>
    public string? ThreadId { get; init; }

    /// <summary>Event URN given to the sent message.</summary>
    public string? EventUrn { get; init; }

    /// <summary>Received invitation id (accepted / ignored).</summary>
    public string? InvitationId { get; init; }

    /// <summary>Raw query string of a people search, with its leading '?'.</summary>
    public string? Query { get; init; }

    /// <summary>For <see cref="FakeActionKinds.Refused"/>: the kind of action that was attempted (<c>message_sent</c>, <c>profile_viewed</c>…).</summary>
    public string? RefusedKind { get; init; }

    /// <summary>For <see cref="FakeActionKinds.Refused"/>: the HTTP status of the refusal (200 when the page showed an error toast or a limit dialog).</summary>
    public int? HttpStatus { get; init; }

    /// <summary>For <see cref="FakeActionKinds.Refused"/>: why (the switch, the toast, the redirect).</summary>
    public string? Reason { get; init; }

    /// <summary>True for actions that change LinkedIn's state (counted by checkpoint_after_actions).</summary>
    public bool IsStateChanging => FakeActionKinds.IsStateChanging(Kind);
}

/// <summary>Names of recorded action kinds.</summary>
public static class FakeActionKinds
{
    public const string MessageSent = "message_sent";
    public const string InvitationAccepted = "invitation_accepted";
    public const string InvitationIgnored = "invitation_ignored";
    public const string InvitationWithdrawn = "invitation_withdrawn";
    public const string InvitationSent = "invitation_sent";
    public const string ProfileViewed = "profile_viewed";
    public const string Search = "search";

    /// <summary>An attempt LinkedIn refused: nothing changed (see <see cref="FakeAction.RefusedKind"/>).</summary>
    public const string Refused = "action_refused";

    public static bool IsStateChanging(string kind) => kind is not (ProfileViewed or Search or Refused);
}
