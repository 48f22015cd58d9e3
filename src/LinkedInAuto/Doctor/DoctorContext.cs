using LinkedInAuto.Bots;
using LinkedInAuto.Configuration;

namespace LinkedInAuto.Doctor;

/// <summary>What every check shares: the config (or the built-in defaults when it is invalid), the directories and the service user.</summary>
/// <param name="ConfigPath">The config file checked.</param>
/// <param name="Config">The loaded config, or the built-in defaults when <paramref name="ConfigErrors"/> is not empty.</param>
/// <param name="ConfigErrors">Every problem of the config and its templates; empty when valid.</param>
/// <param name="Directories">The state, runtime and credentials directories.</param>
/// <param name="ServiceUser">The user the daemon runs as.</param>
public sealed record DoctorContext(string ConfigPath, AppConfig Config, IReadOnlyList<ConfigError> ConfigErrors, AppDirectories Directories, ServiceAccount ServiceUser)
{
    /// <summary>Gets a value indicating whether the config is valid (otherwise <see cref="Config"/> holds the defaults).</summary>
    public bool ConfigValid => ConfigErrors.Count == 0;

    /// <summary>Loads the config the way `config check` does; an invalid one yields the defaults and its errors.</summary>
    public static (AppConfig Config, IReadOnlyList<ConfigError> Errors) LoadConfig(string path)
    {
        try
        {
            return (ConfigFiles.Load(path), []);
        }
        catch (ConfigException ex)
        {
            return (new AppConfig(), ex.Errors);
        }
    }
}
