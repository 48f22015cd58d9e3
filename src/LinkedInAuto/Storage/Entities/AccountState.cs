namespace LinkedInAuto.Storage.Entities;

/// <summary>Whether the LinkedIn account can be used; stored as text.</summary>
public enum AccountState
{
    /// <summary>Usable.</summary>
    Ok,

    /// <summary>The session cookie no longer works: log in again.</summary>
    SessionExpired,

    /// <summary>LinkedIn asks for a verification (captcha, code).</summary>
    Checkpoint,

    /// <summary>LinkedIn restricted the account.</summary>
    Restricted,

    /// <summary>LinkedIn reported a limit; bots wait until the cool-down ends.</summary>
    LimitCooldown,
}
