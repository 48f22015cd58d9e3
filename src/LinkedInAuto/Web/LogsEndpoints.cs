using System.Globalization;
using System.Text;
using LinkedInAuto.Configuration;
using LinkedInAuto.Control;
using LinkedInAuto.Logging;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LinkedInAuto.Web;

/// <summary>`/logs`: the daemon's last 500 log entries (kept in its memory, served on the control socket), newest
/// first, filtered by lowest level and bot; no journal access needed.</summary>
internal static class LogsEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/logs", async (HttpContext context, IAntiforgery antiforgery, DaemonGateway daemon, WebStartup startup) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(context);
            var level = context.Request.Query["level"].ToString() is { Length: > 0 } given && RecentLogs.Levels.Contains(given) ? given : "information";
            var bot = context.Request.Query["bot"].ToString() is { Length: > 0 } named && ScheduleOptions.BotNames.Contains(named) ? named : null;
            var (response, unavailable) = await daemon.SendAsync(new ControlRequest("logs"), context.RequestAborted);
            if (response is not { Ok: true, Logs: { } logs })
            {
                return PageLayout.Unavailable("Logs", unavailable, response, tokens);
            }

            var lowest = IndexOf(level);
            var shown = logs.Where(e => IndexOf(e.Level) >= lowest && (bot is null || e.Bot == bot)).Reverse().ToList();
            return PageLayout.Result(PageLayout.Render("Logs", Render(shown, level, bot, startup.Config.TimeZone.Zone), tokens));
        });

    private static int IndexOf(string level) => Math.Max(0, RecentLogs.Levels.ToList().IndexOf(level));

    private static string Render(List<RecentLogEntry> entries, string level, string? bot, TimeZoneInfo zone)
    {
        var html = new StringBuilder();
        var levels = string.Concat(RecentLogs.Levels.Select(l => $"<option value=\"{l}\"{(l == level ? " selected" : string.Empty)}>{l} and above</option>"));
        var bots = "<option value=\"\">every source</option>" + string.Concat(ScheduleOptions.BotNames.Select(b => $"<option value=\"{b}\"{(b == bot ? " selected" : string.Empty)}>{b}</option>"));
        html.Append(CultureInfo.InvariantCulture, $"""<form method="get" action="/logs" class="row"><label>Level <select name="level">{levels}</select></label><label>Bot <select name="bot">{bots}</select></label><button type="submit" class="secondary">Show</button></form>""");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\" id=\"log-count\">{entries.Count} entr{(entries.Count == 1 ? "y" : "ies")}, newest first (the daemon keeps its last {RecentLogs.Capacity}; all of them: <code>journalctl -u linkedin-auto</code>).</p>");
        html.Append("<table id=\"logs\"><tbody>");
        foreach (var entry in entries)
        {
            var at = TimeZoneInfo.ConvertTime(entry.AtUtc, zone).ToString("MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            var css = entry.Level switch { "warning" => "warn", "error" or "fatal" => "error", _ => string.Empty };
            html.Append(CultureInfo.InvariantCulture, $"<tr class=\"{css}\"><td>{Html.E(at)}<br><span class=\"muted\">{Html.E(entry.Level)}{(entry.Bot is null ? string.Empty : " · " + Html.E(entry.Bot))}</span></td><td>{Html.E(entry.Message)}{(entry.Exception is null ? string.Empty : "<br><span class=\"muted\">" + Html.E(entry.Exception) + "</span>")}</td></tr>");
        }

        html.Append("</tbody></table>");
        return html.ToString();
    }
}
