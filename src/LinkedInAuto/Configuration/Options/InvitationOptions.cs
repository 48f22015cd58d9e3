namespace LinkedInAuto.Configuration;

/// <summary>The invitation bot: received invitations decided by rules, stale sent ones withdrawn.</summary>
public sealed class InvitationOptions
{
    /// <summary>Gets or sets the rules for received invitations.</summary>
    public ReceivedInvitationOptions Received { get; set; } = new();

    /// <summary>Gets or sets the rules for sent invitations.</summary>
    public SentInvitationOptions Sent { get; set; } = new();
}

/// <summary>Rules for received invitations; an invitation no rule decides stays pending.</summary>
public sealed class ReceivedInvitationOptions
{
    /// <summary>Gets or sets a value indicating whether received invitations are handled at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Gets or sets what makes an invitation accepted.</summary>
    public AcceptRules Accept { get; set; } = new();

    /// <summary>Gets or sets headline keywords that make an invitation ignored (checked before accept rules).</summary>
    public List<string> IgnoreHeadlineKeywords { get; set; } = [];
}

/// <summary>Accept when any of these holds.</summary>
public sealed class AcceptRules
{
    /// <summary>Gets or sets the mutual connections needed (0: this rule is off).</summary>
    [Between(0, 500)]
    public int MinMutual { get; set; } = 5;

    /// <summary>Gets or sets headline keywords (word match, accent- and case-insensitive).</summary>
    public List<string> HeadlineKeywords { get; set; } = [];

    /// <summary>Gets or sets a value indicating whether an invitation with a personal note is accepted.</summary>
    public bool WithNote { get; set; }
}

/// <summary>Rules for invitations the account sent.</summary>
public sealed class SentInvitationOptions
{
    /// <summary>Gets or sets a value indicating whether stale sent invitations are withdrawn.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Gets or sets the age from which a pending sent invitation is withdrawn.</summary>
    [Between(7, 365)]
    public int WithdrawAfterDays { get; set; } = 21;
}
