using System.CommandLine;
using LinkedInAuto.Bots;
using LinkedInAuto.Configuration;

namespace LinkedInAuto.Cli;

/// <summary>`config check` and `config show`.</summary>
public static class ConfigCommands
{
    /// <summary>Creates the `config` command group.</summary>
    public static Command Create(CliConsole console)
    {
        var check = new Command("check", "Validate the configuration: prints OK, or every error with its line and column (exit 1)");
        check.SetAction(parseResult =>
        {
            var path = GlobalOptions.ResolveConfigPath(parseResult);
            try
            {
                ConfigFiles.Load(path);
            }
            catch (ConfigException ex)
            {
                return console.ConfigErrors(path, ex.Errors);
            }

            console.Out.WriteLine("OK");
            return ExitCodes.Ok;
        });

        var show = new Command("show", "Print the effective configuration (file, defaults and LINKEDIN_AUTO__* overrides) with secrets masked");
        show.SetAction(parseResult =>
        {
            var path = GlobalOptions.ResolveConfigPath(parseResult);
            try
            {
                var config = ConfigFiles.Load(path);
                console.Out.Write($"# effective configuration from {path}\n" + ConfigPrinter.Render(config));
                return ExitCodes.Ok;
            }
            catch (ConfigException ex)
            {
                return console.ConfigErrors(path, ex.Errors);
            }
        });

        return new Command("config", "Check or show the configuration") { check, show };
    }
}
