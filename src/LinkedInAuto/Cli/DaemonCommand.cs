using System.CommandLine;
using LinkedInAuto.Bots;
using LinkedInAuto.Configuration;
using LinkedInAuto.Daemon;

namespace LinkedInAuto.Cli;

/// <summary>`daemon`: the systemd unit's ExecStart.</summary>
public static class DaemonCommand
{
    /// <summary>Creates the command; <paramref name="run"/> composes and runs the host.</summary>
    public static Command Create(CliConsole console, Func<DaemonStartup, CancellationToken, Task<int>> run)
    {
        var command = new Command("daemon", "Run the scheduler and bots in the foreground (the systemd service's ExecStart); stops on SIGTERM, reloads the config on `linkedin-auto reload` or SIGHUP");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            // First, so that reading and validating the config is compiled on another core too (docs/startup.md).
            var directories = AppDirectories.FromEnvironment();
            var jitProfile = StartupJitProfile.Start(directories);
            var path = GlobalOptions.ResolveConfigPath(parseResult);
            AppConfig config;
            try
            {
                config = ConfigFiles.Load(path);
            }
            catch (ConfigException ex)
            {
                // A broken config stops the start before anything is told to systemd: no READY=1, exit 1.
                return console.ConfigErrors(path, ex.Errors);
            }

            var startup = new DaemonStartup(new ConfigStore(path, config, ConfigFiles.Load), directories, parseResult.GetValue(GlobalOptions.LogFormat) ?? "auto", jitProfile);
            return await run(startup, cancellationToken);
        });
        return command;
    }
}
