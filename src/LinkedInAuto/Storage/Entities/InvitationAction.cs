namespace LinkedInAuto.Storage.Entities;

/// <summary>What was done with an invitation; stored as text.</summary>
public enum InvitationAction
{
    /// <summary>A received invitation was accepted.</summary>
    Accept,

    /// <summary>A received invitation was ignored.</summary>
    Ignore,

    /// <summary>A sent invitation was withdrawn.</summary>
    Withdraw,
}
