using System.CommandLine;
using LinkedInAuto.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Cli;

/// <summary>What a command needs once its arguments are parsed: the validated config and the directories.</summary>
public sealed record CliContext(ConfigStore Config, AppDirectories Directories, CliConsole Console)
{
    /// <summary>Builds a service provider with the configuration, warnings-only logging on stderr, and the areas <paramref name="configure"/> adds.</summary>
    public ServiceProvider BuildServices(Action<IServiceCollection> configure)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddAppConfiguration(Config, Directories);
        configure(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}

/// <summary>Loads what commands share, turning configuration problems into a clear message and exit code 1.</summary>
public static class CliHost
{
    /// <summary>Loads the config named by --config / $LINKEDIN_AUTO_CONFIG; on error prints every problem.</summary>
    /// <returns>The context, or null when the config is unusable (the errors were printed).</returns>
    public static CliContext? TryLoad(ParseResult parseResult, CliConsole console)
    {
        var path = GlobalOptions.ResolveConfigPath(parseResult);
        try
        {
            // Commands read config.yaml only; `config check`, the daemon and reloads also check the files it names.
            var config = ConfigLoader.Load(path);
            return new CliContext(new ConfigStore(path, config), AppDirectories.FromEnvironment(), console);
        }
        catch (ConfigException ex)
        {
            console.ConfigErrors(path, ex.Errors);
            return null;
        }
    }
}
