using System.CommandLine;
using LinkedInAuto.Daemon;

namespace LinkedInAuto.Cli;

/// <summary>The `linkedin-auto` command line: one executable for the daemon and every command.</summary>
public static class CliApplication
{
    /// <summary>Parses <paramref name="args"/> and runs the chosen command; usage errors exit 2.</summary>
    public static async Task<int> RunAsync(string[] args, Func<DaemonStartup, CancellationToken, Task<int>> runDaemon, CliConsole? console = null)
    {
        console ??= CliConsole.Standard;
        var root = CreateRoot(console, runDaemon);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                await console.Error.WriteLineAsync("linkedin-auto: " + error.Message);
            }

            await console.Error.WriteLineAsync($"Run '{CommandPath(parseResult.CommandResult.Command)} --help' for usage.");
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error };
        if (parseResult.CommandResult.Command.Name == "daemon")
        {
            // The host stops the daemon on SIGTERM itself, closing the browser first, within its shutdown timeout.
            // System.CommandLine's own handler would give up after 2 s and end the process with 143 meanwhile.
            configuration.ProcessTerminationTimeout = null;
        }

        return await parseResult.InvokeAsync(configuration);
    }

    /// <summary>Builds the command tree.</summary>
    internal static RootCommand CreateRoot(CliConsole console, Func<DaemonStartup, CancellationToken, Task<int>> runDaemon)
    {
        var root = new RootCommand("LinkedInAuto: birthday wishes, profile visits and invitation handling on LinkedIn, done safely from a Raspberry Pi.")
        {
            GlobalOptions.Config,
            GlobalOptions.LogFormat,
            DaemonCommand.Create(console, runDaemon),
            ConfigCommands.Create(console),
            AuthCommands.Create(console),
            DbCommands.Create(console),
            BlacklistCommands.Create(console),
            SelectorsCommands.Create(console),
            RunCommand.Create(console),
            StatusCommand.Create(console),
            ControlCommands.CreateStop(console),
            ControlCommands.CreatePause(console),
            ControlCommands.CreateResume(console),
            HistoryCommands.CreateHistory(console),
            StatsCommand.Create(console),
            ReapCommand.Create(console),
            ReloadCommand.Create(console),
            DoctorCommand.Create(console),
            AlertsCommands.Create(console),
            WebCommand.Create(console),
            VersionCommand.Create(console),
        };
        RequireSubcommand(root, console);
        return root;
    }

    // "linkedin-auto auth import": Symbol.Parents holds only the direct parent, so walk up to the root.
    private static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (Command? current = command; current is not null; current = current.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Add(current is RootCommand ? "linkedin-auto" : current.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    // A command group run without a subcommand prints its help and exits with the usage code.
    private static void RequireSubcommand(Command command, CliConsole console)
    {
        if (command.Subcommands.Count > 0 && command.Action is null)
        {
            command.SetAction(parseResult =>
            {
                new System.CommandLine.Help.HelpAction().Invoke(parseResult);
                return ExitCodes.Usage;
            });
        }

        foreach (var sub in command.Subcommands)
        {
            RequireSubcommand(sub, console);
        }
    }
}
