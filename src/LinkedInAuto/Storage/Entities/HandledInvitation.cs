namespace LinkedInAuto.Storage.Entities;

/// <summary>An invitation the bot handled: a received one accepted or ignored (with the rule that decided), or a sent one withdrawn.</summary>
public sealed class HandledInvitation
{
    /// <summary>Gets or sets the row id.</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets the other member.</summary>
    public long ContactId { get; set; }

    /// <summary>Gets or sets the other member.</summary>
    public Contact? Contact { get; set; }

    /// <summary>Gets or sets the action.</summary>
    public InvitationAction Action { get; set; }

    /// <summary>Gets or sets the rule that decided (e.g. `min_mutual`, `headline_keywords:devops`, `withdraw_after_days`).</summary>
    public string? Rule { get; set; }

    /// <summary>Gets or sets the state.</summary>
    public InvitationState State { get; set; }

    /// <summary>Gets or sets when the intent was committed (UTC).</summary>
    public DateTime IntendedUtc { get; set; }

    /// <summary>Gets or sets when LinkedIn took the action (UTC).</summary>
    public DateTime? DoneUtc { get; set; }

    /// <summary>Gets or sets when the action failed (UTC).</summary>
    public DateTime? FailedUtc { get; set; }

    /// <summary>Gets or sets why the action failed.</summary>
    public string? Error { get; set; }

    /// <summary>Gets or sets the run that acted, if still kept.</summary>
    public long? RunId { get; set; }
}
