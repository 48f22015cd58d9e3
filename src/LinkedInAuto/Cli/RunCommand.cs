using System.CommandLine;
using LinkedInAuto.Bots;
using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Daemon;
using LinkedInAuto.Engine;
using LinkedInAuto.Logging;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;
using LinkedInAuto.Storage.Maintenance;
using LinkedInAuto.Systemd;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInAuto.Cli;

/// <summary>`run BOT [--dry-run] [--wait] [one-off options]`: queues the bot in the daemon; when the daemon is down, runs it here in the foreground, with the same safety rules.</summary>
public static class RunCommand
{
    /// <summary>The bots that can be run.</summary>
    public static readonly string[] BotNames = ["birthday", "invitations", "visitor"];

    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var bot = new Argument<string>("BOT") { Description = "The bot to run: " + string.Join(", ", BotNames) };
        bot.AcceptOnlyFromAmong(BotNames);
        var dryRun = new Option<bool>("--dry-run") { Description = "Do everything except the final irreversible click (send, accept, ignore, withdraw); nothing counts against quotas or history" };
        var wait = new Option<bool>("--wait") { Description = "Wait for the queued run: live progress, then its result (exit 1 unless it succeeded)" };
        var json = DaemonCall.JsonOption();
        var overrideOptions = new RunOverrideOptions();
        var command = new Command("run", "Run one bot now: queued in the daemon (after the run in progress), or in the foreground when the daemon is down; inside the active hours, quotas and pacing") { bot, dryRun, wait, json };
        overrideOptions.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var overrides = overrideOptions.Read(parseResult);
            if (overrides is not null && await RunOverrideOptions.CheckAsync(parseResult, console, parseResult.GetValue(bot)!, overrides) is { } invalid)
            {
                return invalid;
            }

            var request = new Control.ControlRequest("run", parseResult.GetValue(bot), parseResult.GetValue(dryRun), parseResult.GetValue(wait), Overrides: overrides);
            var progress = new RunProgressPrinter(console, parseResult.GetValue(json));
            var (response, unavailable) = await DaemonCall.SendAsync(request, progress.ShowAsync, cancellationToken);
            if (response is not null)
            {
                await progress.DoneAsync();
                if (!response.Ok && !parseResult.GetValue(json) && response.Errors is { Count: > 0 } errors)
                {
                    await console.Error.WriteLineAsync($"linkedin-auto: {response.Error}:");
                    foreach (var error in errors)
                    {
                        await console.Error.WriteLineAsync("  " + error);
                    }

                    return ExitCodes.Usage;
                }

                var text = response.Run is { } run ? Describe(run) : response.Message;
                var code = await DaemonCall.PrintAsync(console, response, parseResult.GetValue(json), text);
                return code == ExitCodes.Ok && response.Run is { Outcome: not "succeeded" } ? ExitCodes.Failure : code;
            }

            if (!unavailable!.NotRunning)
            {
                return console.Fail(unavailable.Message);
            }

            if (CliHost.TryLoad(parseResult, console) is not { } context)
            {
                return ExitCodes.Failure;
            }

            await console.Error.WriteLineAsync("linkedin-auto: the daemon is not running; running in the foreground");
            return await RunInForegroundAsync(parseResult, context, new RunRequest(parseResult.GetValue(bot)!, RunTrigger.Manual, parseResult.GetValue(dryRun), overrides), console, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunInForegroundAsync(ParseResult parseResult, CliContext context, RunRequest request, CliConsole console, CancellationToken cancellationToken)
    {
        {

            var settings = context.Config.Current;
            using var logger = LoggingSetup.CreateLogger(
                new LoggingOptions { Format = DaemonLogging.ParseFormat(parseResult.GetValue(GlobalOptions.LogFormat) ?? "auto"), MinimumLevel = DaemonLogging.ToSerilog(settings.Logging.Level) },
                console.Error,
                SystemdEnvironment.Current);
            await using var services = context.BuildServices(s => s
                .AddLogging(logging => logging.AddJournalLogging(logger))
                .AddStorage()
                .AddEngine()
                .AddBots());
            try
            {
                await services.GetRequiredService<MigrationRunner>().RunAsync(cancellationToken);
            }
            catch (StorageException ex)
            {
                return console.Fail(ex.Message);
            }

            var runner = services.GetRequiredService<BotRunner>();
            if (!runner.Bots.ContainsKey(request.Bot))
            {
                return console.Fail($"the {request.Bot} bot is not available in this version");
            }

            var result = await runner.RunAsync(request, progress: null, cancellationToken);
            await console.Out.WriteLineAsync(Describe(result));
            return result.Outcome == RunOutcome.Succeeded ? ExitCodes.Ok : ExitCodes.Failure;
        }
    }

    /// <summary>Describes a run as the daemon reports it.</summary>
    public static string Describe(Control.RunView run)
    {
        var counts = (run.DryRun ? "dry run: " : string.Empty) + run.Counts.Describe();
        return run.Reason is null ? $"{run.Bot} run {run.Id}: {run.Outcome} — {counts}" : $"{run.Bot} run {run.Id}: {run.Outcome} — {counts} ({run.Reason})";
    }

    /// <summary>Describes a run's result in one line.</summary>
    public static string Describe(RunResult result)
    {
        var counts = (result.DryRun ? "dry run: " : string.Empty) + result.Counts.Describe();
        var outcome = result.Outcome.ToString().ToLowerInvariant();
        return result.Reason is null ? $"{result.Bot} run {result.RunId}: {outcome} — {counts}" : $"{result.Bot} run {result.RunId}: {outcome} — {counts} ({result.Reason})";
    }
}
