using System.Globalization;
using System.Text;
using LinkedInAuto.Control;
using LinkedInAuto.Storage;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LinkedInAuto.Web;

/// <summary>`/stats`: actions per day and per week for each kind, wishes on time versus late, the acceptance rate —
/// the figures of `linkedin-auto stats`, answered by the daemon, drawn as inline SVG.</summary>
internal static class StatsEndpoints
{
    /// <summary>The periods offered, in days.</summary>
    public static readonly IReadOnlyList<int> Periods = [7, 30, 90];

    /// <summary>Maps the endpoint.</summary>
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/stats", async (HttpContext context, IAntiforgery antiforgery, DaemonGateway daemon, TimeProvider time) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(context);
            var days = int.TryParse(context.Request.Query["days"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var d) && Periods.Contains(d) ? d : 30;
            var (response, unavailable) = await daemon.SendAsync(new ControlRequest("stats", SinceUtc: time.GetUtcNow().AddDays(-(days - 1))), context.RequestAborted);
            if (response is not { Ok: true, Stats: { } stats })
            {
                return PageLayout.Unavailable("Statistics", unavailable, response, tokens);
            }

            return PageLayout.Result(PageLayout.Render("Statistics", Render(stats, days), tokens));
        });

    private static string Render(StatsReport stats, int period)
    {
        var html = new StringBuilder();
        var periods = string.Concat(Periods.Select(p => $"<option value=\"{p}\"{(p == period ? " selected" : string.Empty)}>last {p} days</option>"));
        html.Append(CultureInfo.InvariantCulture, $"""<form method="get" action="/stats" class="row"><label>Period <select name="days">{periods}</select></label><button type="submit" class="secondary">Show</button></form>""");
        html.Append(CultureInfo.InvariantCulture, $"<p id=\"totals\">{stats.From:yyyy-MM-dd} to {stats.To:yyyy-MM-dd}: {stats.Total} actions — {Html.E(string.Join(", ", stats.ByKind.Select(p => $"{p.Key} {p.Value}")))}</p>");

        var kinds = stats.ByKind.Keys.ToList();
        html.Append("<section id=\"per-day\"><h2>Actions per day</h2>")
            .Append(SvgBarChart.Render("Actions per day", [.. stats.Days.Select(day => (day.Day.ToString("MM-dd", CultureInfo.InvariantCulture), day.ByKind))]))
            .Append(SvgBarChart.Legend(kinds)).Append("</section>");

        var weeks = stats.Days.GroupBy(day => LocalCalendar.WeekStart(day.Day))
            .Select(week => (Label: "wk " + week.Key.ToString("MM-dd", CultureInfo.InvariantCulture), Segments: (IReadOnlyDictionary<string, int>)kinds.ToDictionary(k => k, k => week.Sum(day => day.ByKind.GetValueOrDefault(k)), StringComparer.Ordinal)))
            .ToList();
        html.Append("<section id=\"per-week\"><h2>Actions per week</h2>").Append(SvgBarChart.Render("Actions per week", weeks)).Append("<table><thead><tr><th>week of</th>");
        html.Append(string.Concat(kinds.Select(k => $"<th>{Html.E(k)}</th>"))).Append("</tr></thead><tbody>");
        foreach (var (label, segments) in weeks)
        {
            html.Append("<tr><td>").Append(Html.E(label[3..])).Append("</td>").Append(string.Concat(kinds.Select(k => $"<td>{segments[k]}</td>"))).Append("</tr>");
        }

        html.Append("</tbody></table></section>");

        var wishes = stats.Wishes;
        html.Append("<section id=\"wishes\"><h2>Birthday wishes</h2>")
            .Append(SvgBarChart.Render("Wishes on the day and late", [("on the day", new Dictionary<string, int> { ["on the day"] = wishes.OnTime }), ("late", new Dictionary<string, int> { ["late"] = wishes.Late })]))
            .Append(CultureInfo.InvariantCulture, $"<p>{wishes.OnTime} on the day, {wishes.Late} late{(wishes.OnTime + wishes.Late > 0 ? $" ({100 * wishes.OnTime / (wishes.OnTime + wishes.Late)} % on time)" : string.Empty)}.</p></section>");

        int accepted = stats.ByKind.GetValueOrDefault("accept"), ignored = stats.ByKind.GetValueOrDefault("ignore");
        html.Append("<section id=\"acceptance\"><h2>Invitations</h2><p>")
            .Append(accepted + ignored == 0
                ? "No invitation handled in this period."
                : string.Create(CultureInfo.InvariantCulture, $"{accepted} accepted, {ignored} ignored: acceptance rate {100.0 * accepted / (accepted + ignored):0} %."))
            .Append("</p></section>");
        return html.ToString();
    }
}
