namespace LinkedInAuto.Platform;

/// <summary>Who this process runs as.</summary>
public static class CurrentUser
{
    /// <summary>Gets a value indicating whether the effective user is root (uid 0), as after `sudo`: the one check for "may I
    /// decrypt the service's credential, give a file to the service user".</summary>
    public static bool IsRoot => LibC.GetEffectiveUserId() == 0;
}
