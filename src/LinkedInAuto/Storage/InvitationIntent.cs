using LinkedInAuto.Storage.Entities;

namespace LinkedInAuto.Storage;

/// <summary>What the invitation bot is about to do, and the rule that decided it.</summary>
/// <param name="ProfileUrl">The other member's profile URL (any spelling; it is canonicalized).</param>
/// <param name="FullName">The display name seen, informative only.</param>
/// <param name="Action">Accept or ignore a received invitation, or withdraw a sent one.</param>
/// <param name="Rule">The rule that decided, e.g. `min_mutual` or `withdraw_after_days`.</param>
/// <param name="RunId">The current run.</param>
public sealed record InvitationIntent(string ProfileUrl, string? FullName, InvitationAction Action, string? Rule, long? RunId = null);
