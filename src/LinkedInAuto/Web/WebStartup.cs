using LinkedInAuto.Configuration;

namespace LinkedInAuto.Web;

/// <summary>What `linkedin-auto web` starts from: the loaded config, where it came from, and the directories.</summary>
/// <param name="ConfigPath">config.yaml (the password file lies beside it).</param>
/// <param name="Config">The validated configuration.</param>
/// <param name="Directories">`$STATE_DIRECTORY` (the web's own: its cookie keys) and `$RUNTIME_DIRECTORY` (the daemon's control socket).</param>
public sealed record WebStartup(string ConfigPath, AppConfig Config, AppDirectories Directories)
{
    /// <summary>Gets the web options.</summary>
    public WebOptions Options => Config.Web;

    /// <summary>Gets the directory of the keys that protect the login cookie and the anti-forgery tokens.</summary>
    public string KeyDirectory => Path.Combine(Directories.StateDirectory, "web-keys");
}
