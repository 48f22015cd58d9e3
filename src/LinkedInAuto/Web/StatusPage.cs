using System.Globalization;
using System.Text;
using LinkedInAuto.Control;
using LinkedInAuto.Platform;
using Microsoft.AspNetCore.Antiforgery;

namespace LinkedInAuto.Web;

/// <summary>The status page: the same <see cref="StatusReport"/> as `linkedin-auto status`, plus the board's temperature.</summary>
internal static class StatusPage
{
    /// <summary>Seconds between reloads while a run progresses.</summary>
    public const int RunningRefreshSeconds = 3;

    /// <summary>Seconds between reloads otherwise.</summary>
    public const int IdleRefreshSeconds = 30;

    /// <summary>Renders the page's body.</summary>
    public static string Render(StatusReport report, BoardReadings board, AntiforgeryTokenSet tokens, DateTimeOffset now)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(report.TimeZone);
        string Local(DateTimeOffset? at) => at is { } value ? TimeZoneInfo.ConvertTime(value, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";
        string LocalUtc(DateTime? utc) => Local(utc is { } value ? new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)) : null);

        var html = new StringBuilder();
        html.Append("<p class=\"status-line\" id=\"status-line\">").Append(Html.E(report.Line)).Append("</p>");
        if (report.Account.NeedsAttention)
        {
            html.Append("<section class=\"attention\" id=\"attention\"><h2>Attention needed</h2><p>")
                .Append(Html.E($"{report.Account.State} since {LocalUtc(report.Account.SinceUtc)}: {report.Account.Reason}"))
                .Append("</p><p>Resolve it on LinkedIn in a browser first (log in, complete the check). Then:</p>")
                .Append(Html.Form("/actions/resume", tokens, """
                    <input type="hidden" name="clear_attention" value="yes"><label><input type="checkbox" name="confirmed" value="yes" required> I have resolved it on LinkedIn</label> <button type="submit" class="danger">Clear and resume</button>
                    """))
                .Append("</section>");
        }

        html.Append("<section><h2>Daemon</h2><dl>");
        Item(html, "daemon", report.DaemonRunning ? $"running (pid {report.DaemonPid})" : "not running");
        Item(html, "account", report.Account.NeedsAttention ? $"attention needed: {report.Account.State}" : report.Account.State.ToLowerInvariant());
        Item(html, "paused", Paused(report.Paused), "paused");
        html.Append("</dl></section>");

        html.Append("<section id=\"running\"><h2>Run in progress</h2>");
        if (report.Running is { } run)
        {
            var elapsed = now - run.StartedUtc;
            html.Append("<dl>");
            Item(html, "bot", $"{run.Bot} ({run.Trigger}{(run.DryRun ? ", dry run" : string.Empty)})");
            Item(html, "since", Local(run.StartedUtc));
            Item(html, "so far", run.Counts.Describe());
            Item(html, "last step", run.LastStep ?? "—");
            html.Append("</dl>").Append(CultureInfo.InvariantCulture, $"<progress max=\"{Math.Max(1, (int)run.MaxDuration.TotalSeconds)}\" value=\"{Math.Clamp((int)elapsed.TotalSeconds, 0, (int)run.MaxDuration.TotalSeconds)}\">elapsed</progress><p class=\"muted\">Time used of the run's {(int)run.MaxDuration.TotalMinutes} min limit.</p>");
        }
        else
        {
            html.Append("<p>No run in progress.</p>");
        }

        html.Append("</section><section id=\"next\"><h2>Next runs</h2>");
        html.Append(report.Next.Count == 0 ? "<p>Nothing scheduled.</p>" : "<ul>" + string.Concat(report.Next.Select(n => $"<li>{Html.E($"{n.Bot} {n.AtLocal}{(n.Queued ? $" ({n.Trigger}, queued)" : string.Empty)}")}</li>")) + "</ul>");
        html.Append("</section><section id=\"last\"><h2>Last runs</h2>");
        if (report.Last.Count == 0)
        {
            html.Append("<p>None yet.</p>");
        }
        else
        {
            html.Append("<table><thead><tr><th>#</th><th>bot</th><th>started</th><th>outcome</th><th>counts</th></tr></thead><tbody>");
            foreach (var last in report.Last)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{last.Id}</td><td>{Html.E(last.Bot)}{(last.DryRun ? " <span class=\"muted\">(dry run)</span>" : string.Empty)}</td><td>{Html.E(LocalUtc(last.StartedUtc))}</td><td>{Html.E(last.Outcome)}</td><td>{Html.E(last.Counts.Describe())}{(last.Reason is null ? string.Empty : "<br><span class=\"muted\">" + Html.E(last.Reason) + "</span>")}</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        html.Append("</section><section id=\"quotas\"><h2>Quotas</h2>");
        html.Append(QuotaGauge.Render("all actions today", report.GlobalQuota.UsedToday, report.GlobalQuota.Budget));
        foreach (var quota in report.Quotas)
        {
            html.Append(QuotaGauge.Render($"{quota.Kind} today", quota.UsedToday, quota.DailyLimit));
            html.Append(QuotaGauge.Render($"{quota.Kind} this week", quota.UsedWeek, quota.WeeklyLimit));
        }

        var session = report.Session;
        html.Append("</section><section><h2>Session and system</h2><dl>");
        Item(html, "session", !session.Present || session.Problem is not null ? session.Problem ?? "none" : $"expires {session.ExpiresLocalDate:yyyy-MM-dd} ({session.DaysLeft} days){(session.ExpiryWarning ? " — import a fresh one soon" : string.Empty)}");
        Item(html, "memory", $"{report.Memory.AvailableMb} MiB available (runs need {report.Memory.FloorMb} MiB){(report.Memory.DaemonRssMb is { } rss ? $", daemon {rss} MiB" : string.Empty)}");
        Item(html, "CPU temperature", board.CpuCelsius is { } celsius ? string.Create(CultureInfo.InvariantCulture, $"{celsius:0.0} °C") : "not available", "temperature");
        Item(html, "throttling", board.Throttled ?? "not available", "throttling");
        html.Append("</dl></section>");
        return html.ToString();
    }

    /// <summary>Describes the pause switches as `status` does.</summary>
    public static string Paused(PauseView paused) =>
        paused.All
            ? paused.Stopped ? "everything (emergency stop)" : paused.UntilLocal is { } until ? $"everything until {until}" : "everything, until resumed"
            : paused.Bots.Count > 0 ? string.Join(", ", paused.Bots) : "no";

    private static void Item(StringBuilder html, string term, string value, string? id = null) =>
        html.Append("<dt>").Append(Html.E(term)).Append("</dt><dd").Append(id is null ? string.Empty : $" id=\"{id}\"").Append('>').Append(Html.E(value)).Append("</dd>");
}
