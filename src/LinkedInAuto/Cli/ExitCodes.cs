namespace LinkedInAuto.Cli;

/// <summary>Process exit codes shared by every command.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>Failure or invalid input (bad config, unreadable file, daemon not running…).</summary>
    public const int Failure = 1;

    /// <summary>Wrong usage: unknown command, missing or bad argument.</summary>
    public const int Usage = 2;
}
