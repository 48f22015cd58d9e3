using System.Globalization;
using LinkedInAuto.Configuration;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;

namespace LinkedInAuto.Scheduling;

/// <summary>The one-line status: <c>STATUS=</c> for `systemctl status` and the first line of `linkedin-auto status`.</summary>
public static class StatusLine
{
    /// <summary>Describes the daemon's state, most urgent first.</summary>
    /// <remarks>Formats: `running birthday (3 done)`, `attention needed: checkpoint — run linkedin-auto resume`,
    /// `waiting for a LinkedIn session: run linkedin-auto auth import`, `paused — run linkedin-auto resume`, `paused until 18:30 — or run linkedin-auto resume`,
    /// `idle — next: birthday 09:12` (a weekday is added when not today), `idle — nothing scheduled`; after a rejected
    /// reload, ` — config rejected (line 14:12), previous one in effect` until a reload succeeds.</remarks>
    public static string Describe(DaemonView view) =>
        view.ConfigRejected is { } rejected ? $"{DescribeState(view)} — config rejected ({Where(rejected)}), previous one in effect" : DescribeState(view);

    private static string Where(ConfigError error) =>
        error.Location is { IsFilePosition: true } at ? $"line {at.Line}:{at.Column}" : string.IsNullOrEmpty(error.Path) ? "see the journal" : error.Path;

    private static string DescribeState(DaemonView view)
    {
        if (view.Running is { } running)
        {
            return $"running {running.Bot} ({running.Done} done){(running.DryRun ? ", dry run" : string.Empty)}";
        }

        if (view.Account.State is AccountState.Checkpoint or AccountState.Restricted or AccountState.SessionExpired)
        {
            return $"attention needed: {AttentionWord(view.Account.State)} — run linkedin-auto resume";
        }

        if (!view.SessionPresent)
        {
            return "waiting for a LinkedIn session: run linkedin-auto auth import";
        }

        if (view.Pause.All)
        {
            return view.Pause.UntilUtc is { } until
                ? $"paused until {LocalTime(until, view.Zone, view.Now)} — or run linkedin-auto resume"
                : "paused — run linkedin-auto resume";
        }

        var next = view.Next.Count > 0 ? view.Next[0] : null;
        return next is null ? "idle — nothing scheduled" : $"idle — next: {next.Bot} {LocalTime(next.At, view.Zone, view.Now)}";
    }

    /// <summary>Names an account state that needs the owner.</summary>
    public static string AttentionWord(AccountState state) => state switch
    {
        AccountState.Checkpoint => "checkpoint",
        AccountState.Restricted => "restricted",
        AccountState.SessionExpired => "session expired",
        _ => state.ToString().ToLowerInvariant(),
    };

    /// <summary>Formats an instant as local `HH:mm`, with the weekday when it is not today.</summary>
    public static string LocalTime(DateTimeOffset at, TimeZoneInfo zone, DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        var sameDay = LocalCalendar.Today(at, zone) == LocalCalendar.Today(now, zone);
        return local.ToString(sameDay ? "HH:mm" : "ddd HH:mm", CultureInfo.InvariantCulture);
    }
}

/// <summary>What the status line is made from.</summary>
/// <param name="Running">The run in progress.</param>
/// <param name="Account">The account state.</param>
/// <param name="SessionPresent">Whether a LinkedIn session was imported.</param>
/// <param name="Pause">The pause switches.</param>
/// <param name="Next">The next starts, earliest first (paused bots left out).</param>
/// <param name="Zone">The configured time zone.</param>
/// <param name="Now">Now.</param>
/// <param name="ConfigRejected">The first error of the last reload when it was rejected.</param>
public sealed record DaemonView(RunningView? Running, AccountStatus Account, bool SessionPresent, PauseSnapshot Pause, IReadOnlyList<NextRun> Next, TimeZoneInfo Zone, DateTimeOffset Now, ConfigError? ConfigRejected = null);

/// <summary>The run in progress, for the status line.</summary>
/// <param name="Bot">The bot.</param>
/// <param name="Done">Actions done so far.</param>
/// <param name="DryRun">Whether it is a rehearsal.</param>
public sealed record RunningView(string Bot, int Done, bool DryRun);

/// <summary>A start to come.</summary>
/// <param name="Bot">The bot.</param>
/// <param name="At">When.</param>
/// <param name="Trigger">`schedule`, `manual`, `catch_up`.</param>
/// <param name="Queued">Whether it waits in the queue (as opposed to a planned start).</param>
public sealed record NextRun(string Bot, DateTimeOffset At, string Trigger, bool Queued);
