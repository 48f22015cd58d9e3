using System.CommandLine;
using System.Text.Json;
using LinkedInAuto.Control;

namespace LinkedInAuto.Cli;

/// <summary>What the control commands share: the `--json` option, the call to the daemon and its error messages.</summary>
internal static class DaemonCall
{
    /// <summary>Creates a `--json` option.</summary>
    public static Option<bool> JsonOption() => new("--json") { Description = "Print the result as JSON (snake_case) instead of text" };

    /// <summary>Sends <paramref name="request"/> to the daemon (socket under `$RUNTIME_DIRECTORY`).</summary>
    /// <returns>The final response, or null and why the daemon could not be reached.</returns>
    /// <remarks>Only the runtime directory is needed, not the config: the daemon still answers while the file on disk
    /// is broken (it keeps the configuration it loaded), and the CLI must still reach it then.</remarks>
    public static async Task<(ControlResponse? Response, DaemonUnavailableException? Unavailable)> SendAsync(
        ControlRequest request, Func<ControlResponse, Task>? onEvent, CancellationToken cancellationToken)
    {
        try
        {
            var socket = Configuration.AppDirectories.FromEnvironment().ControlSocketPath;
            return (await new ControlClient(socket).SendAsync(request, onEvent, cancellationToken), null);
        }
        catch (DaemonUnavailableException ex)
        {
            return (null, ex);
        }
    }

    /// <summary>Runs a command that needs the daemon: prints the message (or JSON); exit 1 when it failed or the daemon is unreachable.</summary>
    public static async Task<int> RunAsync(ParseResult parseResult, CliConsole console, Option<bool> json, ControlRequest request, CancellationToken cancellationToken)
    {
        var (response, unavailable) = await SendAsync(request, null, cancellationToken);
        if (response is null)
        {
            return console.Fail(unavailable!.Message);
        }

        return await PrintAsync(console, response, parseResult.GetValue(json), response.Message);
    }

    /// <summary>Prints a final response: JSON, or its text; failures go to stderr with exit 1.</summary>
    public static async Task<int> PrintAsync(CliConsole console, ControlResponse response, bool json, string? text)
    {
        if (json)
        {
            await console.Out.WriteLineAsync(JsonSerializer.Serialize(response, CliJsonContext.Default.ControlResponse));
        }
        else if (response.Ok && text is not null)
        {
            await console.Out.WriteLineAsync(text);
        }

        return response.Ok ? ExitCodes.Ok : console.Fail(response.Error ?? "the daemon refused the command");
    }
}
