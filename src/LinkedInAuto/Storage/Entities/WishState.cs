namespace LinkedInAuto.Storage.Entities;

/// <summary>Where a birthday wish stands; stored as text.</summary>
public enum WishState
{
    /// <summary>Committed before sending; if nothing follows, the outcome is unknown and must be checked on LinkedIn before any retry.</summary>
    Intended,

    /// <summary>The message was sent; the text is recorded.</summary>
    Sent,

    /// <summary>The sent message was seen in the conversation afterwards.</summary>
    Verified,

    /// <summary>Sending failed before the message left; a later intent may re-arm it.</summary>
    Failed,

    /// <summary>Rehearsed without sending; blocks nothing and consumes no quota.</summary>
    DryRun,

    /// <summary>Not sent: the conversation already held the owner's wish for this birthday; blocks a second wish, consumes no quota.</summary>
    FoundInConversation,
}
