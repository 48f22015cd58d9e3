namespace LinkedInAuto.Control;

/// <summary>Everything `linkedin-auto status` shows; the same object whether it comes from the daemon or, when it is down, from the history.</summary>
/// <param name="Line">The one-line status (the daemon's <c>STATUS=</c>), or `daemon not running`.</param>
/// <param name="DaemonRunning">Whether the answer came from a running daemon.</param>
/// <param name="DaemonPid">The daemon's pid.</param>
/// <param name="TimeZone">The configured time zone (local times below are in it).</param>
/// <param name="Account">The account state.</param>
/// <param name="Paused">The pause switches (daemon only).</param>
/// <param name="Running">The run in progress.</param>
/// <param name="Next">Starts to come, earliest first.</param>
/// <param name="Last">The latest runs, newest first.</param>
/// <param name="Quotas">Quota per action kind.</param>
/// <param name="GlobalQuota">The all-actions daily budget.</param>
/// <param name="Session">The LinkedIn session.</param>
/// <param name="Memory">Memory available for a run.</param>
/// <param name="Service">What systemd says of the unit, when the daemon is down (null: no answer on the system bus).</param>
public sealed record StatusReport(
    string Line,
    bool DaemonRunning,
    int? DaemonPid,
    string TimeZone,
    AccountView Account,
    PauseView Paused,
    RunningRunView? Running,
    IReadOnlyList<NextRunView> Next,
    IReadOnlyList<RunView> Last,
    IReadOnlyList<QuotaView> Quotas,
    GlobalQuotaView GlobalQuota,
    SessionView Session,
    MemoryView Memory,
    ServiceView? Service = null);

/// <summary>The unit as systemd sees it (read over the system bus when the daemon does not answer).</summary>
/// <param name="ActiveState">`active`, `failed`, `inactive`, `activating`, …</param>
/// <param name="SubState">e.g. `running`, `dead`, `auto-restart`.</param>
/// <param name="Restarts">Restarts by Restart= since the last start by hand.</param>
/// <param name="ExecMainStatus">The main process's last exit code (or signal).</param>
/// <param name="MemoryMb">The unit's memory use, when accounted.</param>
public sealed record ServiceView(string ActiveState, string SubState, uint Restarts, int ExecMainStatus, long? MemoryMb);

/// <summary>The account state.</summary>
public sealed record AccountView(string State, bool NeedsAttention, DateTime? SinceUtc, string? Reason);

/// <summary>The pause switches.</summary>
/// <param name="All">Every schedule is paused.</param>
/// <param name="Stopped">By an emergency stop.</param>
/// <param name="Bots">Bots paused one by one.</param>
/// <param name="UntilUtc">When a timed pause of every schedule ends by itself (null: until `resume`).</param>
/// <param name="UntilLocal">The same in the configured time zone, `yyyy-MM-dd HH:mm`.</param>
public sealed record PauseView(bool All, bool Stopped, IReadOnlyList<string> Bots, DateTimeOffset? UntilUtc = null, string? UntilLocal = null);

/// <summary>The run in progress.</summary>
public sealed record RunningRunView(string Bot, string Trigger, bool DryRun, DateTimeOffset StartedUtc, TimeSpan MaxDuration, int Done, int Skipped, int Failed, int Refused, int Unconfirmed, string? LastStep)
{
    /// <summary>Gets the counts so far.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Storage.RunCounts Counts => new(Done, Skipped, Failed, Refused, Unconfirmed);
}

/// <summary>A start to come.</summary>
public sealed record NextRunView(string Bot, DateTimeOffset AtUtc, string AtLocal, string Trigger, bool Queued);

/// <summary>One run, finished or not.</summary>
/// <remarks>Refused and unconfirmed actions count in the quotas but never as done.</remarks>
public sealed record RunView(long Id, string Bot, string? Trigger, DateTime? StartedUtc, DateTime? EndedUtc, string Outcome, int Done, int Skipped, int Failed, int Refused, int Unconfirmed, string? Reason, bool DryRun = false)
{
    /// <summary>Gets the run's counts.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Storage.RunCounts Counts => new(Done, Skipped, Failed, Refused, Unconfirmed);
}

/// <summary>One action kind's quota today and this week.</summary>
public sealed record QuotaView(string Kind, int UsedToday, int DailyLimit, int LeftToday, int UsedWeek, int WeeklyLimit, int LeftWeek);

/// <summary>The all-actions daily budget (warm-up applied).</summary>
public sealed record GlobalQuotaView(int UsedToday, int Budget, int Left);

/// <summary>The LinkedIn session, offline (never a cookie value).</summary>
public sealed record SessionView(bool Present, bool Usable, DateOnly? ExpiresLocalDate, int? DaysLeft, bool ExpiryWarning, string? Problem);

/// <summary>Memory for a run.</summary>
public sealed record MemoryView(long AvailableMb, int FloorMb, long? DaemonRssMb);
