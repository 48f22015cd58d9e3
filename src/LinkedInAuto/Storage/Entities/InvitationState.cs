namespace LinkedInAuto.Storage.Entities;

/// <summary>Where an invitation action stands; stored as text.</summary>
public enum InvitationState
{
    /// <summary>Committed before clicking; if nothing follows, the outcome is unknown.</summary>
    Intended,

    /// <summary>LinkedIn took the action.</summary>
    Done,

    /// <summary>The action failed before LinkedIn took it.</summary>
    Failed,

    /// <summary>Rehearsed without clicking; consumes no quota.</summary>
    DryRun,
}
