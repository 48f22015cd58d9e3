using System.CommandLine;
using LinkedInAuto.Session;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInAuto.Cli;

/// <summary>`auth import`, `auth status`, `auth check` and `auth forget`: the LinkedIn session, stored encrypted.</summary>
public static class AuthCommands
{
    /// <summary>Creates the `auth` command group.</summary>
    public static Command Create(CliConsole console) =>
        new("auth", "Import, inspect, check or forget the LinkedIn session (its cookies, stored encrypted in the state directory)")
        {
            AuthImportCommand.Create(console),
            AuthStatusCommand.Create(console),
            CreateCheck(console),
            CreateForget(console),
        };

    /// <summary>Loads the config and the directories, and builds the session services; null when the config is unusable (already reported).</summary>
    internal static ServiceProvider? BuildServices(ParseResult parseResult, CliConsole console)
    {
        var context = CliHost.TryLoad(parseResult, console);
        if (context is null)
        {
            return null;
        }

        // Same resolution as CliHost, but through AuthTerminal so in-process tests can point it at temporary directories.
        context = context with { Directories = Configuration.AppDirectories.FromEnvironment(AuthTerminal.Current.GetVariable) };
        return context.BuildServices(services => services.AddLinkedInSession());
    }

    private static Command CreateCheck(CliConsole console)
    {
        var command = new Command("check", "Open the LinkedIn feed with the saved session and say whether it is logged in, expired or held at a checkpoint (exit 1 unless logged in)");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var services = BuildServices(parseResult, console);
            if (services is null)
            {
                return ExitCodes.Failure;
            }

            SessionCheckResult result;
            try
            {
                result = await services.GetRequiredService<SessionChecker>().CheckAsync(cancellationToken);
            }
            catch (SessionStoreException ex)
            {
                return console.Fail(ex.Message);
            }

            var label = result.Outcome switch
            {
                SessionCheckOutcome.LoggedIn => "logged in",
                SessionCheckOutcome.Expired => "expired",
                SessionCheckOutcome.Checkpoint => "checkpoint",
                _ => "unknown",
            };
            var http = result.StatusCode > 0 ? $", HTTP {result.StatusCode}" : string.Empty;
            await console.Out.WriteLineAsync($"{label}: {result.Detail} ({result.FinalUrl}{http})");
            return result.Outcome == SessionCheckOutcome.LoggedIn ? ExitCodes.Ok : ExitCodes.Failure;
        });
        return command;
    }

    private static Command CreateForget(CliConsole console)
    {
        var yes = new Option<bool>("--yes", "-y") { Description = "Do not ask for confirmation (required when stdin is not a terminal)" };
        var command = new Command("forget", "Delete the saved session and its generated key, so the cookies cannot be recovered from the disk") { yes };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var services = BuildServices(parseResult, console);
            if (services is null)
            {
                return ExitCodes.Failure;
            }

            var store = services.GetRequiredService<SessionStore>();
            if (!store.Exists)
            {
                await console.Out.WriteLineAsync($"No saved session in {store.FilePath}; nothing to forget.");
                return ExitCodes.Ok;
            }

            if (!parseResult.GetValue(yes))
            {
                var terminal = AuthTerminal.Current;
                if (!terminal.IsInteractive)
                {
                    return console.Fail("refusing to delete the saved session without confirmation: stdin is not a terminal; pass --yes");
                }

                await console.Out.WriteAsync($"Delete the saved LinkedIn session {store.FilePath}? [y/N] ");
                var answer = (await terminal.Input.ReadLineAsync(cancellationToken))?.Trim();
                if (!string.Equals(answer, "y", StringComparison.OrdinalIgnoreCase) && !string.Equals(answer, "yes", StringComparison.OrdinalIgnoreCase))
                {
                    await console.Out.WriteLineAsync("Kept the saved session.");
                    return ExitCodes.Failure;
                }
            }

            try
            {
                store.Forget();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return console.Fail($"{store.FilePath}: cannot delete the saved session ({ex.Message}); run as the service user");
            }

            await console.Out.WriteLineAsync($"Deleted the saved session {store.FilePath}. Import a new one with `linkedin-auto auth import FILE`.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
