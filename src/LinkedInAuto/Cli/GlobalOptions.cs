using System.CommandLine;
using LinkedInAuto.Configuration;

namespace LinkedInAuto.Cli;

/// <summary>Options accepted by every command.</summary>
public static class GlobalOptions
{
    /// <summary>The environment variable naming the config file when --config is absent.</summary>
    public const string ConfigVariable = "LINKEDIN_AUTO_CONFIG";

    /// <summary>Gets the `--config PATH` option.</summary>
    public static Option<string> Config { get; } = new("--config", "-c")
    {
        Description = $"Configuration file [default: ${ConfigVariable}, else {AppDirectories.DefaultConfigPath}]",
        HelpName = "PATH",
        Recursive = true,
    };

    /// <summary>Gets the `--log-format` option.</summary>
    public static Option<string> LogFormat { get; } = CreateLogFormat();

    /// <summary>Resolves the config path: --config, then $LINKEDIN_AUTO_CONFIG, then the packaged default.</summary>
    public static string ResolveConfigPath(ParseResult parseResult)
    {
        var explicitPath = parseResult.GetValue(Config);
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return Path.GetFullPath(explicitPath);
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(ConfigVariable);
        return string.IsNullOrWhiteSpace(fromEnvironment) ? AppDirectories.DefaultConfigPath : Path.GetFullPath(fromEnvironment);
    }

    private static Option<string> CreateLogFormat()
    {
        var option = new Option<string>("--log-format")
        {
            Description = "Log format: auto (journal under systemd, json when stderr is not a terminal, else console), json (CLEF lines on stderr), console, journal",
            HelpName = "FORMAT",
            DefaultValueFactory = _ => "auto",
            Recursive = true,
        };
        option.AcceptOnlyFromAmong("auto", "json", "console", "journal");
        return option;
    }
}
