using System.Globalization;
using System.Text;
using LinkedInAuto.Control;

namespace LinkedInAuto.Cli;

/// <summary>Formats a <see cref="StatusReport"/> as a few aligned lines for people.</summary>
public static class StatusPrinter
{
    /// <summary>Formats the report.</summary>
    public static string Format(StatusReport report)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(report.TimeZone);
        string Local(DateTime? utc) => utc is { } value ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(value, DateTimeKind.Utc), zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";
        var text = new StringBuilder();
        void Line(string label, string value) => text.Append(CultureInfo.InvariantCulture, $"{label + ":",-10}{value}\n");

        Line("status", report.Line);
        Line("daemon", report.DaemonRunning ? $"running (pid {report.DaemonPid})" : "not running" + (report.Service is { } unit ? " — " + Describe(unit) : string.Empty));
        Line("account", report.Account.NeedsAttention ? $"ATTENTION NEEDED: {report.Account.State} since {Local(report.Account.SinceUtc)} ({report.Account.Reason}) — `linkedin-auto resume` once resolved" : report.Account.State.ToLowerInvariant());
        if (report.DaemonRunning)
        {
            Line("paused", report.Paused.All ? (report.Paused.Stopped ? "everything (emergency stop)" : report.Paused.UntilLocal is { } until ? $"everything until {until}" : "everything") : report.Paused.Bots.Count > 0 ? string.Join(", ", report.Paused.Bots) : "no");
        }

        Line("running", report.Running is { } run ? $"{run.Bot} ({run.Trigger}{(run.DryRun ? ", dry run" : string.Empty)}) since {Local(run.StartedUtc.UtcDateTime)}: {run.Counts.Describe()}{(run.LastStep is null ? string.Empty : " — " + run.LastStep)}" : "—");
        Line("next", report.Next.Count == 0 ? "—" : string.Join(" · ", report.Next.Select(n => $"{n.Bot} {n.AtLocal}{(n.Queued ? $" ({n.Trigger})" : string.Empty)}")));
        Line("last", report.Last.Count == 0 ? "—" : string.Empty);
        foreach (var last in report.Last)
        {
            text.Append(CultureInfo.InvariantCulture, $"  #{last.Id} {last.Bot} {Local(last.StartedUtc)} {last.Outcome}: {last.Counts.Describe()}{(last.Reason is null ? string.Empty : " (" + last.Reason + ")")}\n");
        }

        Line("quotas", $"all actions {report.GlobalQuota.UsedToday}/{report.GlobalQuota.Budget} today ({report.GlobalQuota.Left} left)");
        foreach (var quota in report.Quotas)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {quota.Kind,-9}{quota.UsedToday}/{quota.DailyLimit} today ({quota.LeftToday} left), {quota.UsedWeek}/{quota.WeeklyLimit} this week ({quota.LeftWeek} left)\n");
        }

        var session = report.Session;
        Line("session", !session.Present || session.Problem is not null ? session.Problem ?? "none" : $"expires {session.ExpiresLocalDate:yyyy-MM-dd} ({session.DaysLeft} days){(session.ExpiryWarning ? " — import a fresh one soon" : string.Empty)}");
        Line("memory", $"{report.Memory.AvailableMb} MiB available (MemAvailable + SwapFree; runs need {report.Memory.FloorMb} MiB){(report.Memory.DaemonRssMb is { } rss ? $", daemon RSS {rss} MiB" : string.Empty)}");
        return text.ToString();
    }

    // "systemd: failed (exit-code), last exit status 1, 3 restarts, 120 MiB".
    private static string Describe(ServiceView unit) =>
        $"systemd: {unit.ActiveState} ({unit.SubState}), last exit status {unit.ExecMainStatus}, {unit.Restarts} restart{(unit.Restarts == 1 ? string.Empty : "s")}"
        + (unit.MemoryMb is { } mb ? $", {mb} MiB" : string.Empty);
}
