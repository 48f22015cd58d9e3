using LinkedInAuto.Configuration;
using LinkedInAuto.Pages.Text;

namespace LinkedInAuto.Bots.Invitations;

/// <summary>Decides a received invitation from `invitations.received`: ignore keywords first, then the accept rules, else leave it pending.</summary>
/// <remarks>
/// Keywords match whole words (or phrases), accent- and case-insensitively, so "crypto" ignores "Crypto trader" but not
/// "Cryptographer". The rule that decided is returned for the history: `ignore_headline_keywords:crypto`, `min_mutual`,
/// `headline_keywords:devops`, `with_note`; a pending invitation says `no_rule`.
/// </remarks>
public static class InvitationRules
{
    /// <summary>Decides what to do with <paramref name="invitation"/>.</summary>
    public static InvitationDecision Decide(ReceivedInvitation invitation, ReceivedInvitationOptions options)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        ArgumentNullException.ThrowIfNull(options);
        if (options.IgnoreHeadlineKeywords.FirstOrDefault(k => PageText.ContainsWord(invitation.Headline, k)) is { } deny)
        {
            return new(InvitationVerdict.Ignore, "ignore_headline_keywords:" + deny);
        }

        var accept = options.Accept;
        if (accept.MinMutual > 0 && invitation.MutualConnections >= accept.MinMutual)
        {
            return new(InvitationVerdict.Accept, "min_mutual");
        }

        if (accept.HeadlineKeywords.FirstOrDefault(k => PageText.ContainsWord(invitation.Headline, k)) is { } keyword)
        {
            return new(InvitationVerdict.Accept, "headline_keywords:" + keyword);
        }

        return accept.WithNote && invitation.HasNote
            ? new(InvitationVerdict.Accept, "with_note")
            : new(InvitationVerdict.Leave, "no_rule");
    }
}

/// <summary>What happens to a received invitation.</summary>
public enum InvitationVerdict
{
    /// <summary>Accept it.</summary>
    Accept,

    /// <summary>Ignore it.</summary>
    Ignore,

    /// <summary>Leave it pending for the member to decide.</summary>
    Leave,
}

/// <summary>A decision and the rule that made it.</summary>
/// <param name="Verdict">What happens.</param>
/// <param name="Rule">The deciding rule, recorded with the action.</param>
public sealed record InvitationDecision(InvitationVerdict Verdict, string Rule);
