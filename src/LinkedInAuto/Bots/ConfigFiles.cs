using LinkedInAuto.Bots.Birthday;
using LinkedInAuto.Configuration;

namespace LinkedInAuto.Bots;

/// <summary>Loads config.yaml and checks the files it names (the wish templates), so one check covers everything the user edits.</summary>
public static class ConfigFiles
{
    /// <summary>Loads and validates the configuration and its message templates.</summary>
    /// <exception cref="ConfigException">Any problem in config.yaml or in a template file, all reported together.</exception>
    public static AppConfig Load(string path) => Load(path, ConfigLoader.ReadEnvironment());

    /// <summary>Loads and validates the configuration and its message templates with explicit environment overrides.</summary>
    /// <exception cref="ConfigException">Any problem in config.yaml or in a template file, all reported together.</exception>
    public static AppConfig Load(string path, IReadOnlyDictionary<string, string> environment)
    {
        var config = ConfigLoader.Load(path, environment);
        if (config.Birthday.Today || config.Birthday.Late)
        {
            MessageCatalog.Load(config.Birthday.MessagesDir);
        }

        return config;
    }
}
