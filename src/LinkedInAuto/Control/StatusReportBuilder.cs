using LinkedInAuto.Bots.Safety;
using LinkedInAuto.Configuration;
using LinkedInAuto.Platform;
using LinkedInAuto.Scheduling;
using LinkedInAuto.Session;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;

namespace LinkedInAuto.Control;

/// <summary>Builds the <see cref="StatusReport"/>: from the live daemon when given one, else from the history and the config alone.</summary>
public sealed class StatusReportBuilder(
    RunStore runs, QuotaLedger quotas, AccountStateStore accounts, SessionStatusReader sessions, ConfigStore config, TimeProvider time)
{
    private static readonly ActionKind[] s_kinds = Enum.GetValues<ActionKind>();

    /// <summary>Builds the report; <paramref name="live"/> is the daemon's state, null when it is not running.</summary>
    public async Task<StatusReport> BuildAsync(DaemonState? live, CancellationToken cancellationToken)
    {
        var settings = config.Current;
        var zone = settings.TimeZone.Zone;
        var now = time.GetUtcNow();
        var account = await accounts.GetCurrentAsync(cancellationToken);
        var usage = await quotas.GetUsageAsync(cancellationToken);
        var recent = await runs.RecentAsync(5, cancellationToken: cancellationToken);
        var session = await sessions.ReadAsync(cancellationToken);
        var view = live?.View();
        var next = view?.Next ?? OfflineNext(settings, now);
        var globalBudget = QuotaPolicy.WarmUpBudget(settings.Quotas.GlobalDaily, settings.Account, usage.Day);
        var memory = MemoryInfo.Read();
        return new StatusReport(
            view is null ? "daemon not running" : StatusLine.Describe(view),
            view is not null,
            view is null ? null : Environment.ProcessId,
            zone.Id,
            new AccountView(account.State.ToString(), account.State is AccountState.Checkpoint or AccountState.Restricted or AccountState.SessionExpired, account.SinceUtc, account.Reason),
            Pause(view?.Pause, zone),
            live?.Running is { } running ? Running(running) : null,
            [.. next.Select(n => new NextRunView(n.Bot, n.At, StatusLine.LocalTime(n.At, zone, now), n.Trigger, n.Queued))],
            [.. recent.Select(Run)],
            [.. s_kinds.Select(kind => Quota(kind, usage, settings))],
            new GlobalQuotaView(usage.GlobalToday, globalBudget, Math.Max(0, globalBudget - usage.GlobalToday)),
            new SessionView(session.Present, session.Usable, session.LiAtExpiresLocalDate, session.DaysLeft, session.ExpiryWarning, session.Problem),
            new MemoryView(memory.UsableMb, settings.Memory.MinAvailableMb, view is null ? null : ProcessMemory.ResidentMb()));
    }

    /// <summary>Describes a run record.</summary>
    public static RunView Run(Run run) => new(
        run.Id, run.Bot, DaemonState.TriggerName(run.Trigger), run.StartedUtc, run.EndedUtc,
        run.Outcome?.ToString().ToLowerInvariant() ?? "running", run.Done, run.Skipped, run.Failed, run.Refused, run.Unconfirmed, run.Error, run.DryRun);

    /// <summary>Describes a run's result.</summary>
    public static RunView Run(Bots.Runs.RunResult result) => new(
        result.RunId, result.Bot, null, null, null, result.Outcome.ToString().ToLowerInvariant(), result.Counts.Done, result.Counts.Skipped, result.Counts.Failed, result.Counts.Refused, result.Counts.Unconfirmed, result.Reason, result.DryRun);

    /// <summary>Describes the run in progress.</summary>
    public static RunningRunView Running(ActiveRun run) => new(
        run.Run.Bot, DaemonState.TriggerName(run.Run.Trigger), run.Run.DryRun, run.StartedUtc, run.MaxDuration, run.Counts.Done, run.Counts.Skipped, run.Counts.Failed, run.Counts.Refused, run.Counts.Unconfirmed, run.Progress?.LastStep);

    /// <summary>Describes the pause switches; the end of a timed pause in <paramref name="zone"/>.</summary>
    public static PauseView Pause(PauseSnapshot? pause, TimeZoneInfo zone) => new(
        pause?.All ?? false,
        pause?.Stopped ?? false,
        pause?.Bots ?? [],
        pause?.UntilUtc,
        pause?.UntilUtc is { } until ? TimeZoneInfo.ConvertTime(until, zone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : null);

    private static QuotaView Quota(ActionKind kind, QuotaUsage usage, AppConfig settings)
    {
        var limit = QuotaPolicy.LimitOf(settings.Quotas, kind);
        int today = usage.TodayOf(kind), week = usage.ThisWeekOf(kind);
        return new QuotaView(kind.ToString().ToLowerInvariant(), today, limit.Daily, Math.Max(0, limit.Daily - today), week, limit.Weekly, Math.Max(0, limit.Weekly - week));
    }

    // Without the daemon the drawn delays are unknown: the cron slots are shown.
    private static List<NextRun> OfflineNext(AppConfig settings, DateTimeOffset now) =>
        [.. ScheduleOptions.BotNames
            .Where(bot => settings.Schedule.For(bot).Enabled)
            .Select(bot => (bot, slot: CronSlots.Next(settings.Schedule.For(bot).Cron, settings.TimeZone.Zone, now)))
            .Where(p => p.slot is not null)
            .Select(p => new NextRun(p.bot, p.slot!.Value, "schedule", Queued: false))
            .OrderBy(n => n.At)];
}
