using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using LinkedInAuto.Configuration;
using LinkedInAuto.Control;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Maintenance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace LinkedInAuto.Cli;

/// <summary>`stats [--since WHEN] [--json]`: actions per kind and per day, and wishes on time versus late, read from the history file.</summary>
public static class StatsCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var since = new Option<string>("--since") { Description = "From this local date (2025-11-01) or this long ago (7d, 12h) [default: 30d]", HelpName = "WHEN" };
        var json = DaemonCall.JsonOption();
        var command = new Command("stats", "Actions per kind and per day, and birthday wishes on time versus late (default: the last 30 days)") { since, json };
        command.SetAction((parseResult, token) => DbCommands.RunAsync(parseResult, console, async (services, cancellationToken) =>
        {
            var zone = services.GetRequiredService<ConfigStore>().Current.TimeZone.Zone;
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            var today = LocalCalendar.Today(now, zone);
            if (!HistoryCommands.TryParseSince(parseResult.GetValue(since) ?? "30d", zone, now, out var sinceUtc))
            {
                await console.Error.WriteLineAsync("linkedin-auto: --since expects a date (2025-11-01) or a duration (7d, 12h)");
                return ExitCodes.Usage;
            }

            var firstDay = LocalCalendar.Today(new DateTimeOffset(sinceUtc, TimeSpan.Zero), zone);
            if (firstDay > today)
            {
                await console.Error.WriteLineAsync($"linkedin-auto: --since must not be after today ({today:yyyy-MM-dd})");
                return ExitCodes.Usage;
            }

            await HistoryCommands.NoteDaemonAsync(services, console);
            await services.GetRequiredService<DatabaseGuard>().CheckAsync(DatabaseAccess.Read, cancellationToken);
            var history = new RunHistory(services.GetRequiredService<IDbContextFactory<HistoryDbContext>>());
            var days = await history.ActionsPerDayAsync(firstDay, today, zone, cancellationToken);
            var wishes = await history.WishTimelinessAsync(firstDay, today, zone, cancellationToken);
            var report = StatsReport.Create(days, today, zone, wishes);
            if (parseResult.GetValue(json))
            {
                await console.Out.WriteLineAsync(JsonSerializer.Serialize(report, CliJsonContext.Default.StatsReport));
                return ExitCodes.Ok;
            }

            await PrintAsync(console, report);
            return ExitCodes.Ok;
        }, token));
        return command;
    }

    private static async Task PrintAsync(CliConsole console, StatsReport report)
    {
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(console.Out),
            Ansi = ReferenceEquals(console, CliConsole.Standard) && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ColorSystemSupport.Detect,
        });
        var chart = new BarChart().Width(72).Label($"Actions per day, {report.From:yyyy-MM-dd} to {report.To:yyyy-MM-dd} ({report.Total} in all)");
        foreach (var day in report.Days)
        {
            chart.AddItem(day.Day.ToString("ddd MM-dd", CultureInfo.InvariantCulture), day.Total, Color.Blue);
        }

        terminal.Write(chart);
        await console.Out.WriteLineAsync();
        await console.Out.WriteLineAsync("per kind: " + string.Join(", ", report.ByKind.Select(p => $"{p.Key} {p.Value}")));
        await console.Out.WriteLineAsync($"wishes: {report.Wishes.OnTime} on the day, {report.Wishes.Late} late");
    }
}
