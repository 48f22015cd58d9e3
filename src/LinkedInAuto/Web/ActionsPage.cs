using System.Text;
using LinkedInAuto.Configuration;
using LinkedInAuto.Control;
using Microsoft.AspNetCore.Antiforgery;

namespace LinkedInAuto.Web;

/// <summary>The actions page: run a bot now (optionally dry), stop, pause for a while or until resumed, resume.</summary>
internal static class ActionsPage
{
    /// <summary>The pause lengths offered, as the form posts them, with their labels.</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> PauseChoices =
        [("1h", "1 hour"), ("4h", "4 hours"), ("tomorrow", "Until tomorrow"), ("resume", "Until resumed")];

    /// <summary>Renders the page's body; <paramref name="report"/> is null when the daemon is unreachable.</summary>
    public static string Render(StatusReport? report, AntiforgeryTokenSet tokens, string? notice)
    {
        var html = new StringBuilder(notice ?? string.Empty);
        if (report is not null)
        {
            html.Append("<p class=\"status-line\" id=\"status-line\">").Append(Html.E(report.Line)).Append("</p>");
            html.Append("<p>Paused: <span id=\"paused\">").Append(Html.E(StatusPage.Paused(report.Paused))).Append("</span></p>");
        }

        var bots = string.Concat(ScheduleOptions.BotNames.Select(b => $"<option value=\"{Html.E(b)}\">{Html.E(b)}</option>"));
        html.Append("<section><h2>Run a bot now</h2>")
            .Append(Html.Form("/actions/run", tokens, $"""<label>Bot <select name="bot">{bots}</select></label><label><input type="checkbox" name="dry_run" value="yes"> dry run (nothing sent)</label><button type="submit">Run now</button>""", "row"))
            .Append("</section>");

        var pauses = string.Concat(PauseChoices.Select(p => $"""<button type="submit" name="length" value="{Html.E(p.Value)}" class="secondary">{Html.E(p.Label)}</button>"""));
        html.Append("<section><h2>Pause every schedule</h2><p class=\"muted\">A run in progress finishes; runs started by hand still run.</p>")
            .Append(Html.Form("/actions/pause", tokens, pauses, "buttons"))
            .Append("</section>");

        html.Append("<section><h2>Resume</h2>")
            .Append(Html.Form("/actions/resume", tokens, """<button type="submit">Resume every schedule</button>"""))
            .Append("</section>");

        html.Append("<section><h2>Emergency stop</h2><p class=\"muted\">Cancels the run in progress within 5 s (its browser is killed), drops the queue and pauses every schedule until resumed.</p>")
            .Append(Html.Form("/actions/stop", tokens, """<button type="submit" class="danger">Stop</button>"""))
            .Append("</section>");
        return html.ToString();
    }
}
