using System.CommandLine;
using LinkedInAuto.Control;
using LinkedInAuto.Session;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Maintenance;
using LinkedInAuto.SystemBus;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace LinkedInAuto.Cli;

/// <summary>`status [--json]`: from the daemon; when it is down, from the history, saying so.</summary>
public static class StatusCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var json = DaemonCall.JsonOption();
        var command = new Command("status", "Account state, running bot, next and last runs, quotas, session expiry and memory") { json };
        command.SetAction(async (parseResult, token) =>
        {
            var (response, unavailable) = await DaemonCall.SendAsync(new ControlRequest("status"), null, token);
            if (response is null)
            {
                if (!unavailable!.NotRunning)
                {
                    return console.Fail(unavailable.Message);
                }

                if (CliHost.TryLoad(parseResult, console) is not { } context)
                {
                    return ExitCodes.Failure;
                }

                await console.Error.WriteLineAsync("linkedin-auto: " + unavailable.Message + "; showing the history only");
                try
                {
                    response = new ControlResponse { Ok = true, Status = await ReadOfflineAsync(context, token) };
                }
                catch (StorageException ex)
                {
                    return console.Fail(ex.Message);
                }
                finally
                {
                    SqliteConnection.ClearAllPools();
                }
            }

            return response.Status is { } report && !parseResult.GetValue(json)
                ? await PrintTextAsync(console, report)
                : await DaemonCall.PrintAsync(console, response, parseResult.GetValue(json), null);
        });
        return command;
    }

    private static async Task<StatusReport> ReadOfflineAsync(CliContext context, CancellationToken cancellationToken)
    {
        await using var services = context.BuildServices(s =>
        {
            s.AddStorage();
            s.AddLinkedInSession();
            s.AddSingleton<StatusReportBuilder>();
        });
        await services.GetRequiredService<DatabaseGuard>().CheckAsync(DatabaseAccess.Read, cancellationToken);
        var report = await services.GetRequiredService<StatusReportBuilder>().BuildAsync(null, cancellationToken);

        // Why is it down? systemd knows: failed, restarting, or stopped on purpose.
        var facts = new SystemFacts(AuthTerminal.Current.GetVariable(SystemFacts.AddressVariable), NullLogger<SystemFacts>.Instance);
        return await facts.GetUnitAsync(SystemFacts.ServiceUnit, cancellationToken) is { IsInstalled: true } unit
            ? report with { Service = new ServiceView(unit.ActiveState, unit.SubState, unit.Restarts, unit.ExecMainStatus, unit.MemoryCurrentBytes is { } bytes ? (long)(bytes >> 20) : null) }
            : report;
    }

    private static async Task<int> PrintTextAsync(CliConsole console, StatusReport report)
    {
        await console.Out.WriteAsync(StatusPrinter.Format(report));
        return ExitCodes.Ok;
    }
}
