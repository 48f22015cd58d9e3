using LinkedInAuto.Configuration;
using LinkedInAuto.Session;
using LinkedInAuto.Storage.Entities;
using LinkedInAuto.Systemd;

namespace LinkedInAuto.Scheduling;

/// <summary>The scheduler's live state in one place: the source of <c>STATUS=</c> and of the live half of `linkedin-auto status`.</summary>
public sealed class DaemonState(
    RunCoordinator coordinator, ScheduleBook book, PauseState pause, AccountWatch account, SessionStore session, ConfigStore config, TimeProvider time)
    : IStatusSource
{
    /// <summary>Gets the run in progress.</summary>
    public ActiveRun? Running => coordinator.Current;

    /// <summary>Gets the pause switches.</summary>
    public PauseSnapshot Pause => pause.Current;

    /// <summary>Takes a consistent view now.</summary>
    public DaemonView View()
    {
        var paused = pause.Current;
        var planned = book.Planned.Where(p => !paused.All && !paused.Bots.Contains(p.Bot))
            .Select(p => new NextRun(p.Bot, p.At, "schedule", Queued: false));
        var queued = book.Queued.Select(q => new NextRun(q.Run.Bot, q.At, TriggerName(q.Run.Trigger), Queued: true));
        var running = coordinator.Current is { } run ? new RunningView(run.Run.Bot, run.Counts.Done, run.Run.DryRun) : null;
        return new DaemonView(running, account.Current, session.Exists, paused, [.. queued.Concat(planned).OrderBy(n => n.At)], config.Current.TimeZone.Zone, time.GetUtcNow(), config.Rejected);
    }

    /// <inheritdoc/>
    public string Describe() => StatusLine.Describe(View());

    /// <summary>Names a trigger as the protocol and `history` write it.</summary>
    public static string TriggerName(RunTrigger trigger) => trigger switch
    {
        RunTrigger.CatchUp => "catch_up",
        _ => trigger.ToString().ToLowerInvariant(),
    };
}
