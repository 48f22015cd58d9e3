using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using LinkedInAuto.Configuration;
using LinkedInAuto.Control;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Maintenance;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInAuto.Cli;

/// <summary>`history`: reads the history file directly (the daemon need not run); `stats` shares its helpers.</summary>
public static class HistoryCommands
{
    /// <summary>Creates `history [--bot B] [--since D]`.</summary>
    public static Command CreateHistory(CliConsole console)
    {
        var bot = new Option<string>("--bot") { Description = "Only this bot's runs", HelpName = "BOT" };
        bot.AcceptOnlyFromAmong([.. ScheduleOptions.BotNames]);
        var since = new Option<string>("--since") { Description = "From this local date (2025-11-01) or this long ago (7d, 12h) [default: 7d]", HelpName = "WHEN" };
        var json = DaemonCall.JsonOption();
        var command = new Command("history", "Runs and their outcomes, newest first; rehearsals (`run --dry-run`) are marked \"dry run\"") { bot, since, json };
        command.SetAction((parseResult, token) => DbCommands.RunAsync(parseResult, console, async (services, cancellationToken) =>
        {
            var settings = services.GetRequiredService<ConfigStore>().Current;
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            if (!TryParseSince(parseResult.GetValue(since) ?? "7d", settings.TimeZone.Zone, now, out var sinceUtc))
            {
                await console.Error.WriteLineAsync("linkedin-auto: --since expects a date (2025-11-01) or a duration (7d, 12h)");
                return ExitCodes.Usage;
            }

            await NoteDaemonAsync(services, console);
            await services.GetRequiredService<DatabaseGuard>().CheckAsync(DatabaseAccess.Read, cancellationToken);
            var runs = await new RunHistory(services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<HistoryDbContext>>())
                .RunsSinceAsync(sinceUtc, parseResult.GetValue(bot), 1000, cancellationToken);
            var views = runs.Select(StatusReportBuilder.Run).ToList();
            if (parseResult.GetValue(json))
            {
                await console.Out.WriteLineAsync(JsonSerializer.Serialize<IReadOnlyList<RunView>>(views, CliJsonContext.Default.IReadOnlyListRunView));
                return ExitCodes.Ok;
            }

            var zone = settings.TimeZone.Zone;
            foreach (var run in views)
            {
                var started = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(run.StartedUtc!.Value, DateTimeKind.Utc), zone);
                var duration = run.EndedUtc is { } ended ? $"{(ended - run.StartedUtc.Value).TotalMinutes:0.0} min" : "running";
                await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"#{run.Id,-5} {started:yyyy-MM-dd HH:mm}  {run.Bot,-12}{run.Trigger,-9}{run.Outcome,-12}{duration,-10}{(run.DryRun ? "dry run: " : string.Empty)}{run.Counts.Describe()}{(run.Reason is null ? string.Empty : "  " + run.Reason)}"));
            }

            if (views.Count == 0)
            {
                await console.Out.WriteLineAsync("no runs in this period");
            }

            return ExitCodes.Ok;
        }, token));
        return command;
    }

    /// <summary>Parses `--since`: a local date (2025-11-01) or a duration back from now (7d, 12h).</summary>
    internal static bool TryParseSince(string text, TimeZoneInfo zone, DateTimeOffset now, out DateTime sinceUtc)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            sinceUtc = LocalCalendar.StartOfDayUtc(day, zone);
            return true;
        }

        if (DurationParser.TryParse(text, out var ago))
        {
            sinceUtc = (now - ago).UtcDateTime;
            return true;
        }

        sinceUtc = default;
        return false;
    }

    // These commands read the file whether or not the daemon runs; they only say when it does not.
    /// <summary>Says on stderr when the daemon is not running (the file is read either way).</summary>
    internal static async Task NoteDaemonAsync(IServiceProvider services, CliConsole console)
    {
        if (!File.Exists(services.GetRequiredService<AppDirectories>().ControlSocketPath))
        {
            await console.Error.WriteLineAsync("note: the daemon is not running; this is the history as it stands");
        }
    }
}
