namespace LinkedInAuto.Configuration;

/// <summary>The directories the product uses, following the variables systemd sets for the unit.</summary>
/// <remarks>
/// systemd.exec(5): `StateDirectory=`, `RuntimeDirectory=`, `CacheDirectory=` and `LoadCredential=` export
/// `$STATE_DIRECTORY`, `$RUNTIME_DIRECTORY`, `$CACHE_DIRECTORY` and `$CREDENTIALS_DIRECTORY` (colon-separated when
/// several directories are listed; the first is ours). The same binary therefore runs unprivileged in tests by
/// setting them. The cache has no default: only the unit's cache is known to be ours to fill.
/// </remarks>
public sealed record AppDirectories(string StateDirectory, string RuntimeDirectory, string? CredentialsDirectory, string? CacheDirectory = null)
{
    /// <summary>The config file used when neither --config nor LINKEDIN_AUTO_CONFIG is given.</summary>
    public const string DefaultConfigPath = "/etc/linkedin-auto/config.yaml";

    /// <summary>Gets the history database file.</summary>
    public string DatabasePath => Path.Combine(StateDirectory, "linkedin-auto.db");

    /// <summary>Gets the control socket the CLI talks to.</summary>
    public string ControlSocketPath => Path.Combine(RuntimeDirectory, "control.sock");

    /// <summary>Gets the directory of debug screenshots and DOM snapshots.</summary>
    public string DebugDirectory => Path.Combine(StateDirectory, "debug");

    /// <summary>Reads the directories from the environment, with the packaged defaults.</summary>
    public static AppDirectories FromEnvironment(Func<string, string?>? getVariable = null)
    {
        getVariable ??= Environment.GetEnvironmentVariable;
        return new AppDirectories(
            First(getVariable("STATE_DIRECTORY")) ?? "/var/lib/linkedin-auto",
            First(getVariable("RUNTIME_DIRECTORY")) ?? "/run/linkedin-auto",
            First(getVariable("CREDENTIALS_DIRECTORY")),
            First(getVariable("CACHE_DIRECTORY")));
    }

    private static string? First(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Split(':', StringSplitOptions.RemoveEmptyEntries)[0];
}
