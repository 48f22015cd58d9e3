using System.CommandLine;
using LinkedInAuto.Browser;
using LinkedInAuto.Control;
using LinkedInAuto.Reaper;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInAuto.Cli;

/// <summary>`reap`: one pass of the orphaned-Chromium reaper, in the daemon (which knows its live runs) or, when it is down, here.</summary>
public static class ReapCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var json = DaemonCall.JsonOption();
        var command = new Command("reap", "End orphaned browser and driver processes of this user and remove stale browser directories, once") { json };
        command.SetAction(async (parseResult, token) =>
        {
            var (response, unavailable) = await DaemonCall.SendAsync(new ControlRequest("reap"), null, token);
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

                await using var services = context.BuildServices(s => s.AddBrowser().AddSingleton<ChromiumReaper>());
                response = new ControlResponse { Ok = true, Reap = await services.GetRequiredService<ChromiumReaper>().ReapOnceAsync(token) };
            }

            var report = response.Reap;
            var text = report is null ? null : Describe(report);
            return await DaemonCall.PrintAsync(console, response, parseResult.GetValue(json), text);
        });
        return command;
    }

    private static string Describe(ReapReport report)
    {
        var lines = report.Terminated.Select(p => $"terminated {p.Pid} ({p.Command})")
            .Concat(report.Killed.Select(p => $"killed {p.Pid} ({p.Command})"))
            .Concat(report.RemovedDirectories.Select(d => $"removed {d}"))
            .ToList();
        return lines.Count == 0 ? "nothing to reap" : string.Join('\n', lines);
    }
}
