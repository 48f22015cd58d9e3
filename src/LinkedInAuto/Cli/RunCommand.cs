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

/// <summary>`run BOT [--dry-run]`: runs one bot now, in the foreground, with the same safety rules as scheduled runs.</summary>
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
        var command = new Command("run", "Run one bot now, in the foreground, inside the configured active hours, quotas and pacing") { bot, dryRun };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (CliHost.TryLoad(parseResult, console) is not { } context)
            {
                return ExitCodes.Failure;
            }

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

            var request = new RunRequest(parseResult.GetValue(bot)!, RunTrigger.Manual, parseResult.GetValue(dryRun));
            var runner = services.GetRequiredService<BotRunner>();
            if (!runner.Bots.ContainsKey(request.Bot))
            {
                return console.Fail($"the {request.Bot} bot is not available in this version");
            }

            var result = await runner.RunAsync(request, progress: null, cancellationToken);
            await console.Out.WriteLineAsync(Describe(result));
            return result.Outcome == RunOutcome.Succeeded ? ExitCodes.Ok : ExitCodes.Failure;
        });
        return command;
    }

    /// <summary>Describes a run's result in one line.</summary>
    public static string Describe(RunResult result)
    {
        var counts = $"{result.Counts.Done} done, {result.Counts.Skipped} skipped, {result.Counts.Failed} failed";
        var outcome = result.Outcome.ToString().ToLowerInvariant();
        return result.Reason is null ? $"{result.Bot} run {result.RunId}: {outcome} — {counts}" : $"{result.Bot} run {result.RunId}: {outcome} — {counts} ({result.Reason})";
    }
}
