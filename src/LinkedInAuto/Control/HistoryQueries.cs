using System.Text;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Maintenance;

namespace LinkedInAuto.Control;

/// <summary>`history` and `export` on the control socket: the queries of `linkedin-auto history` and `db export`,
/// answered by the daemon, for clients that may not open the database (the web page).</summary>
public sealed class HistoryQueries(RunHistory history, ContactActivityHistory contacts, HistoryExporter exporter, Configuration.ConfigStore config, TimeProvider time)
{
    /// <summary>The most actions one `contacts` answer lists.</summary>
    public const int MaxContactActions = 200;

    /// <summary>The most runs one `history` answer lists, as the CLI.</summary>
    public const int MaxRuns = 1000;

    /// <summary>The formats `export` writes.</summary>
    public static readonly IReadOnlyList<string> Formats = ["csv", "json"];

    /// <summary>Lists the runs since <see cref="ControlRequest.SinceUtc"/> (of <see cref="ControlRequest.Bot"/>, or all), newest first.</summary>
    public async Task<ControlResponse> HistoryAsync(ControlRequest request, CancellationToken cancellationToken)
    {
        if (request.SinceUtc is not { } since)
        {
            return ControlResponse.Failure("history needs since_utc");
        }

        var runs = await history.RunsSinceAsync(since.UtcDateTime, request.Bot, MaxRuns, cancellationToken);
        return new ControlResponse { Ok = true, Runs = [.. runs.Select(StatusReportBuilder.Run)] };
    }

    /// <summary>Lists what was done with the members matching <see cref="ControlRequest.Search"/> (all when empty), newest first.</summary>
    public async Task<ControlResponse> ContactsAsync(ControlRequest request, CancellationToken cancellationToken) =>
        new() { Ok = true, Contacts = await contacts.SearchAsync(request.Search, MaxContactActions, cancellationToken) };

    /// <summary>Counts actions per kind and day, and wishes on time or late, from the local day of <see cref="ControlRequest.SinceUtc"/> to today, as `stats`.</summary>
    public async Task<ControlResponse> StatsAsync(ControlRequest request, CancellationToken cancellationToken)
    {
        var zone = config.Current.TimeZone.Zone;
        var today = LocalCalendar.Today(time.GetUtcNow(), zone);
        var firstDay = request.SinceUtc is { } since ? LocalCalendar.Today(since, zone) : today.AddDays(-29);
        if (firstDay > today)
        {
            return ControlResponse.Failure($"since must not be after today ({today:yyyy-MM-dd})");
        }

        var days = await history.ActionsPerDayAsync(firstDay, today, zone, cancellationToken);
        var wishes = await history.WishTimelinessAsync(firstDay, today, zone, cancellationToken);
        return new ControlResponse { Ok = true, Stats = StatsReport.Create(days, today, zone, wishes) };
    }

    /// <summary>Exports one table (<see cref="ControlRequest.Table"/>) as `db export --table T --format F` prints it.</summary>
    public async Task<ControlResponse> ExportAsync(ControlRequest request, CancellationToken cancellationToken)
    {
        if (request.Table is not { } table || !HistoryTables.All.Contains(table))
        {
            return ControlResponse.Failure($"unknown table '{request.Table}': expected one of {string.Join(", ", HistoryTables.All)}");
        }

        if (request.Format is not { } format || !Formats.Contains(format))
        {
            return ControlResponse.Failure($"unknown format '{request.Format}': expected csv or json");
        }

        using var output = new MemoryStream();
        if (format == "csv")
        {
            await exporter.ExportCsvAsync([table], _ => new NonClosingStream(output), cancellationToken);
        }
        else
        {
            await exporter.ExportJsonAsync([table], output, cancellationToken);
        }

        return new ControlResponse { Ok = true, Export = Encoding.UTF8.GetString(output.ToArray()) };
    }
}
