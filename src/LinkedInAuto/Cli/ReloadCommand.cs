using System.CommandLine;
using LinkedInAuto.Control;

namespace LinkedInAuto.Cli;

/// <summary>`reload`: the daemon re-reads its config and this command waits for the verdict (the unit's ExecReload=).</summary>
/// <remarks>
/// Sending SIGHUP returns before the daemon has read anything, so `systemctl reload` used to succeed even when the
/// new config was rejected. This command asks over the control socket and exits only once the reload is over:
/// 0 when the new config is in effect, 1 with every error (file:line:column) on stderr when it was rejected — which
/// makes `systemctl reload` fail and puts the reason in `systemctl status`.
/// </remarks>
public static class ReloadCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var json = DaemonCall.JsonOption();
        var command = new Command("reload", "Make the running daemon re-read its config and wait for the outcome: exit 0 once it is in effect, 1 with the errors when it is rejected (the previous config stays)") { json };
        command.SetAction(async (parseResult, token) =>
        {
            var (response, unavailable) = await DaemonCall.SendAsync(new ControlRequest("reload"), null, token);
            if (response is null)
            {
                return console.Fail(unavailable!.Message);
            }

            if (!response.Ok && !parseResult.GetValue(json) && response.Errors is { Count: > 0 } errors)
            {
                await console.Error.WriteLineAsync($"linkedin-auto: {response.Error}:");
                foreach (var error in errors)
                {
                    await console.Error.WriteLineAsync("  " + error);
                }

                return ExitCodes.Failure;
            }

            return await DaemonCall.PrintAsync(console, response, parseResult.GetValue(json), response.Message);
        });
        return command;
    }
}
