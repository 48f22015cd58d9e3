using System.Globalization;
using System.Text;
using LinkedInAuto.Configuration;
using LinkedInAuto.Control;
using LinkedInAuto.Storage;

namespace LinkedInAuto.Web;

/// <summary>The history page: runs filtered by bot, outcome and period (dry runs marked), and the exports of `db export`.</summary>
internal static class HistoryPage
{
    /// <summary>The outcomes a run can have, as `history` writes them.</summary>
    public static readonly IReadOnlyList<string> Outcomes = ["succeeded", "failed", "cancelled", "skipped"];

    /// <summary>The periods offered, in days.</summary>
    public static readonly IReadOnlyList<int> Periods = [1, 7, 30, 90, 365];

    /// <summary>Renders the page's body.</summary>
    public static string Render(HistoryFilter filter, IReadOnlyList<RunView> runs, TimeZoneInfo zone)
    {
        var html = new StringBuilder();
        html.Append("<form method=\"get\" action=\"/history\" class=\"row\">")
            .Append(Select("bot", "Bot", ScheduleOptions.BotNames, filter.Bot, "every bot"))
            .Append(Select("outcome", "Outcome", Outcomes, filter.Outcome, "any"))
            .Append(Select("days", "Period", [.. Periods.Select(d => d.ToString(CultureInfo.InvariantCulture))], filter.Days.ToString(CultureInfo.InvariantCulture), null, d => d == "1" ? "last day" : $"last {d} days"))
            .Append("<button type=\"submit\" class=\"secondary\">Show</button></form>");

        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\" id=\"run-count\">{runs.Count} run{(runs.Count == 1 ? string.Empty : "s")}</p>");
        if (runs.Count > 0)
        {
            html.Append("<table id=\"runs\"><thead><tr><th>#</th><th>started</th><th>bot</th><th>outcome</th><th>counts</th></tr></thead><tbody>");
            foreach (var run in runs)
            {
                var started = run.StartedUtc is { } at ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(at, DateTimeKind.Utc), zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";
                var duration = run.StartedUtc is { } from && run.EndedUtc is { } to ? string.Create(CultureInfo.InvariantCulture, $"{(to - from).TotalMinutes:0.0} min") : "running";
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{run.Id}</td><td>{Html.E(started)}<br><span class=\"muted\">{Html.E(duration)}</span></td><td>{Html.E(run.Bot)}<br><span class=\"muted\">{Html.E(run.Trigger)}{(run.DryRun ? ", dry run" : string.Empty)}</span></td><td>{Html.E(run.Outcome)}</td><td>{Html.E(run.Counts.Describe())}{(run.Reason is null ? string.Empty : "<br><span class=\"muted\">" + Html.E(run.Reason) + "</span>")}</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        html.Append("<section id=\"export\"><h2>Export</h2><p class=\"muted\">Each table of the history, as <code>linkedin-auto db export --table TABLE --format csv|json</code> writes it.</p><ul>");
        foreach (var table in HistoryTables.All)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>{Html.E(table)}: <a href=\"/history/export?table={Uri.EscapeDataString(table)}&amp;format=csv\" download>CSV</a> · <a href=\"/history/export?table={Uri.EscapeDataString(table)}&amp;format=json\" download>JSON</a></li>");
        }

        html.Append("</ul></section>");
        return html.ToString();
    }

    private static string Select(string name, string label, IReadOnlyList<string> values, string? chosen, string? any, Func<string, string>? text = null)
    {
        var options = new StringBuilder();
        if (any is not null)
        {
            options.Append("<option value=\"\">").Append(Html.E(any)).Append("</option>");
        }

        foreach (var value in values)
        {
            options.Append("<option value=\"").Append(Html.E(value)).Append('"').Append(value == chosen ? " selected" : string.Empty).Append('>').Append(Html.E(text?.Invoke(value) ?? value)).Append("</option>");
        }

        return $"<label>{Html.E(label)} <select name=\"{name}\">{options}</select></label>";
    }
}

/// <summary>The history page's filters, from its query string; unknown values fall back to the defaults.</summary>
/// <param name="Bot">One bot, or null for all.</param>
/// <param name="Outcome">One outcome, or null for any.</param>
/// <param name="Days">The period, in days back from now.</param>
internal sealed record HistoryFilter(string? Bot, string? Outcome, int Days)
{
    /// <summary>Reads the filters from the query string.</summary>
    public static HistoryFilter From(Microsoft.AspNetCore.Http.IQueryCollection query)
    {
        var bot = query["bot"].ToString();
        var outcome = query["outcome"].ToString();
        var days = int.TryParse(query["days"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var d) && HistoryPage.Periods.Contains(d) ? d : 7;
        return new HistoryFilter(
            ScheduleOptions.BotNames.Contains(bot) ? bot : null,
            HistoryPage.Outcomes.Contains(outcome) ? outcome : null,
            days);
    }
}
