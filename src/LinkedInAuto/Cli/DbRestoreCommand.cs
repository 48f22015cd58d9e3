using System.CommandLine;
using LinkedInAuto.Control;
using LinkedInAuto.Storage.Maintenance;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInAuto.Cli;

/// <summary>`db restore FILE`: replaces the history with a backup, only while the daemon is stopped.</summary>
public static class DbRestoreCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "The backup to restore (a file made by `db backup` or the daily backup)" };
        var command = new Command("restore", "Replace the history with a backup (daemon stopped): the file's integrity and schema are checked first, the current database is kept in the backup directory") { file };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            // The control socket answers while the daemon runs; a daemon that cannot be asked is not assumed stopped.
            var (status, unavailable) = await DaemonCall.SendAsync(new ControlRequest("status"), null, cancellationToken);
            if (status is not null)
            {
                return console.Fail("the daemon is running: stop it first (`sudo systemctl stop linkedin-auto`), restore, then start it again; nothing was changed");
            }

            if (!unavailable!.NotRunning)
            {
                return console.Fail($"cannot tell whether the daemon runs ({unavailable.Message}); nothing was changed");
            }

            return await DbCommands.RunAsync(parseResult, console, async (services, token) =>
            {
                var report = await services.GetRequiredService<DatabaseRestore>().RestoreAsync(parseResult.GetValue(file)!, token);
                var restored = report.Restored;
                await console.Out.WriteLineAsync($"restored {report.Source} to {report.Database}: schema {restored.Schema}, {restored.Runs} runs, {restored.Wishes} wishes");
                await console.Out.WriteLineAsync(report.Kept is null ? "there was no previous database to keep" : $"previous database kept as {report.Kept}");
                if (restored.PendingMigrations > 0)
                {
                    await console.Out.WriteLineAsync($"the daemon brings it to this version's schema at its next start ({restored.PendingMigrations} migration{(restored.PendingMigrations == 1 ? string.Empty : "s")}, after a pre-migration backup)");
                }

                return ExitCodes.Ok;
            }, cancellationToken);
        });
        return command;
    }
}
