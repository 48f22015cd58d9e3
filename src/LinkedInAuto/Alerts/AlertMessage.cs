namespace LinkedInAuto.Alerts;

/// <summary>One alert as every channel renders it: what happened, how urgent, and when.</summary>
/// <param name="Event">The event name (see <see cref="AlertEvents"/>); channels receive the events they are routed.</param>
/// <param name="Title">A short title (the e-mail subject, ntfy's title, Telegram's first line).</param>
/// <param name="Body">What happened and what to do, readable as plain text.</param>
/// <param name="Priority">1 (min) to 5 (max), as ntfy counts.</param>
/// <param name="Tags">ntfy tags (emoji names).</param>
/// <param name="AtUtc">When.</param>
/// <param name="DedupKey">The identity for "at most once an hour per channel"; null: never held back (summaries, tests).</param>
public sealed record AlertMessage(string Event, string Title, string Body, int Priority, IReadOnlyList<string> Tags, DateTimeOffset AtUtc, string? DedupKey)
{
    /// <summary>Gets the machine's name, shown with every alert.</summary>
    public string Host { get; init; } = Environment.MachineName;
}

/// <summary>The event names of the `alerts` section, as channels' `events:` lists them.</summary>
public static class AlertEvents
{
    /// <summary>A checkpoint, a restriction, an expired session or a LinkedIn limit: the owner must act.</summary>
    public const string AttentionNeeded = "attention_needed";

    /// <summary>The saved session expires within the warning window.</summary>
    public const string SessionExpiring = "session_expiring";

    /// <summary>A page the selectors no longer read.</summary>
    public const string PageNotUnderstood = "page_not_understood";

    /// <summary>The failure streak reached `failed_runs_threshold`.</summary>
    public const string FailedRuns = "failed_runs";

    /// <summary>The daemon started after a previous process ended without stopping cleanly.</summary>
    public const string DaemonCrashed = "daemon_crashed";

    /// <summary>A run was postponed because memory was short.</summary>
    public const string MemoryLow = "memory_low";

    /// <summary>A finished run (when `run_summary` is on).</summary>
    public const string RunSummary = "run_summary";

    /// <summary>The daily digest (when `daily_digest` is on).</summary>
    public const string DailyDigest = "daily_digest";

    /// <summary>`linkedin-auto alerts test`.</summary>
    public const string Test = "test";
}
