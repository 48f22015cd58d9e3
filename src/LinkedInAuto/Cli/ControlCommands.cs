using System.CommandLine;
using LinkedInAuto.Configuration;
using LinkedInAuto.Control;

namespace LinkedInAuto.Cli;

/// <summary>`stop`, `pause [BOT] [--for|--until]` and `resume [BOT]`: commands that need the running daemon.</summary>
public static class ControlCommands
{
    /// <summary>Creates `stop`.</summary>
    public static Command CreateStop(CliConsole console)
    {
        var json = DaemonCall.JsonOption();
        var command = new Command("stop", "Emergency stop: cancel the current run within 5 s (its browser is killed), clear the queue and pause every schedule until `resume`") { json };
        command.SetAction((parseResult, token) => DaemonCall.RunAsync(parseResult, console, json, new ControlRequest("stop"), token));
        return command;
    }

    /// <summary>Creates `pause [BOT] [--for DURATION | --until tomorrow]`.</summary>
    public static Command CreatePause(CliConsole console)
    {
        var bot = BotArgument("The bot to pause [default: every schedule]");
        var duration = new Option<string?>("--for") { Description = "Pause every schedule for this long, then resume by itself (e.g. 1h, 4h, 2d)", HelpName = "DURATION" };
        var until = new Option<string?>("--until") { Description = "Pause every schedule until then, then resume by itself: tomorrow (the next local midnight)", HelpName = "WHEN" };
        until.AcceptOnlyFromAmong(Scheduling.PauseEnd.Tomorrow);
        var json = DaemonCall.JsonOption();
        var command = new Command("pause", "Pause the schedules (of one bot, or all) until `resume`, or every schedule for a while (--for, --until); a run in progress finishes") { bot, duration, until, json };
        command.SetAction(async (parseResult, token) =>
        {
            TimeSpan? span = null;
            if (parseResult.GetValue(duration) is { } text)
            {
                if (!DurationParser.TryParse(text, out var parsed) || parsed <= TimeSpan.Zero)
                {
                    await console.Error.WriteLineAsync($"linkedin-auto: --for '{text}' is not {DurationParser.Expected} (greater than 0)");
                    return ExitCodes.Usage;
                }

                span = parsed;
            }

            if (span is not null && parseResult.GetValue(until) is not null)
            {
                await console.Error.WriteLineAsync("linkedin-auto: give --for or --until, not both");
                return ExitCodes.Usage;
            }

            var request = new ControlRequest("pause", parseResult.GetValue(bot), PauseFor: span, PauseUntil: parseResult.GetValue(until));
            return await DaemonCall.RunAsync(parseResult, console, json, request, token);
        });
        return command;
    }

    /// <summary>Creates `resume [BOT] [--yes]`.</summary>
    public static Command CreateResume(CliConsole console)
    {
        var bot = BotArgument("The bot to resume [default: everything, and clear an attention-needed account state]");
        var yes = new Option<bool>("--yes", "-y") { Description = "Confirm without asking that the account problem (checkpoint, restriction, expired session) is resolved" };
        var json = DaemonCall.JsonOption();
        var command = new Command("resume", "Resume paused schedules; without BOT also clears an attention-needed account state, after confirmation") { bot, yes, json };
        command.SetAction(async (parseResult, token) =>
        {
            var name = parseResult.GetValue(bot);
            var clear = false;
            if (name is null)
            {
                var (status, unavailable) = await DaemonCall.SendAsync(new ControlRequest("status"), null, token);
                if (status?.Status is not { } report)
                {
                    return console.Fail(unavailable?.Message ?? status?.Error ?? "no status");
                }

                if (report.Account.NeedsAttention)
                {
                    if (!parseResult.GetValue(yes) && !await ConfirmAsync(console, report.Account))
                    {
                        return ExitCodes.Failure;
                    }

                    clear = true;
                }
            }

            var (response, failure) = await DaemonCall.SendAsync(new ControlRequest("resume", name, ClearAttention: clear), null, token);
            return response is null ? console.Fail(failure!.Message) : await DaemonCall.PrintAsync(console, response, parseResult.GetValue(json), response.Message);
        });
        return command;
    }

    private static Argument<string?> BotArgument(string description)
    {
        var argument = new Argument<string?>("BOT") { Description = description, Arity = ArgumentArity.ZeroOrOne };
        argument.AcceptOnlyFromAmong([.. ScheduleOptions.BotNames]);
        return argument;
    }

    private static async Task<bool> ConfirmAsync(CliConsole console, AccountView account)
    {
        var terminal = AuthTerminal.Current;
        var what = $"the account needs attention: {account.State} since {account.SinceUtc:yyyy-MM-dd HH:mm} UTC ({account.Reason})";
        if (!terminal.IsInteractive)
        {
            console.Fail(what + ". Resolve it on LinkedIn in a browser, then confirm with `linkedin-auto resume --yes`.");
            return false;
        }

        await console.Error.WriteAsync($"{what}.\nHave you resolved it on LinkedIn (logged in with a browser, completed the check)? Clear it and resume every bot? [y/N] ");
        var answer = (await terminal.Input.ReadLineAsync())?.Trim();
        if (answer is "y" or "Y" or "yes")
        {
            return true;
        }

        await console.Error.WriteLineAsync("linkedin-auto: nothing changed.");
        return false;
    }
}
