using System.CommandLine;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Maintenance;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInAuto.Cli;

/// <summary>`db backup|integrity|vacuum|prune|export|restore`: maintenance of the history database, safe while the daemon runs (restore: only while it is stopped).</summary>
public static class DbCommands
{
    /// <summary>Creates the `db` command group.</summary>
    public static Command Create(CliConsole console) =>
        new("db", "Back up, check, compact, prune, export or restore the history database (restore needs the daemon stopped)")
        {
            CreateBackup(console),
            CreateIntegrity(console),
            CreateVacuum(console),
            CreatePrune(console),
            DbExportCommand.Create(console),
            DbRestoreCommand.Create(console),
        };

    /// <summary>Runs <paramref name="action"/> with the storage services, turning storage problems into a message and exit 1.</summary>
    internal static async Task<int> RunAsync(ParseResult parseResult, CliConsole console, Func<IServiceProvider, CancellationToken, Task<int>> action, CancellationToken cancellationToken)
    {
        var context = CliHost.TryLoad(parseResult, console);
        if (context is null)
        {
            return ExitCodes.Failure;
        }

        await using var services = context.BuildServices(services => services.AddStorage());
        try
        {
            return await action(services, cancellationToken);
        }
        catch (StorageException ex)
        {
            return console.Fail(ex.Message);
        }
        catch (SqliteException ex)
        {
            return console.Fail($"{context.Directories.DatabasePath}: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return console.Fail(ex.Message);
        }
        finally
        {
            // Closing the pooled connections now lets the last reader clean up the WAL if the daemon is not running.
            SqliteConnection.ClearAllPools();
        }
    }

    private static Command CreateBackup(CliConsole console)
    {
        var to = new Option<string>("--to") { Description = "Write the backup to this new file, or into this directory [default: the backup directory, rotated]", HelpName = "PATH" };
        var command = new Command("backup", "Take a consistent online backup (VACUUM INTO) and print its path") { to };
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, console, async (services, token) =>
        {
            var backup = services.GetRequiredService<DatabaseBackup>();
            var destination = parseResult.GetValue(to);
            var file = string.IsNullOrWhiteSpace(destination) ? await backup.CreateRotatedAsync(token) : await backup.CreateAtAsync(destination, token);
            await console.Out.WriteLineAsync(file);
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    private static Command CreateIntegrity(CliConsole console)
    {
        var command = new Command("integrity", "Run SQLite's integrity_check and foreign_key_check: prints ok, or each problem (exit 1)");
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, console, async (services, token) =>
        {
            var problems = await services.GetRequiredService<IntegrityChecker>().CheckAsync(token);
            if (problems.Count == 0)
            {
                await console.Out.WriteLineAsync("ok");
                return ExitCodes.Ok;
            }

            var path = services.GetRequiredService<StoragePaths>().DatabasePath;
            foreach (var problem in problems)
            {
                await console.Error.WriteLineAsync($"{path}: {problem}");
            }

            return console.Fail($"{path} failed its integrity check. Next step: stop the daemon and restore a backup (`linkedin-auto db backup` copies live in {services.GetRequiredService<StoragePaths>().BackupDirectory}).");
        }, cancellationToken));
        return command;
    }

    private static Command CreateVacuum(CliConsole console)
    {
        var command = new Command("vacuum", "Compact the database file (the daemon's writes wait while it runs)");
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, console, async (services, token) =>
        {
            var (before, after) = await services.GetRequiredService<DatabaseVacuum>().VacuumAsync(token);
            await console.Out.WriteLineAsync($"{services.GetRequiredService<StoragePaths>().DatabasePath}: {before} → {after} bytes");
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    private static Command CreatePrune(CliConsole console)
    {
        var command = new Command("prune", "Delete visits, runs and debug artefacts older than storage.retention (the daemon also does it daily)");
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, console, async (services, token) =>
        {
            var result = await services.GetRequiredService<RetentionPruner>().PruneAsync(token);
            await console.Out.WriteLineAsync($"pruned {result.Visits} visits, {result.Runs} runs, {result.Contacts} contacts, {result.DebugFiles} debug files");
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }
}
