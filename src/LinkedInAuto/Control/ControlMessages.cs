using System.Text.Json.Serialization;

namespace LinkedInAuto.Control;

/// <summary>One request on the control socket: a single JSON line, e.g. <c>{"command":"run","bot":"birthday","wait":true}</c>.</summary>
/// <param name="Command">`status`, `run`, `stop`, `pause`, `resume`, `reap`, `reload`, `history`, `stats`, `contacts`, `export` or `logs`.</param>
/// <param name="Bot">The bot, for `run`, `pause` and `resume`.</param>
/// <param name="DryRun">`run --dry-run`.</param>
/// <param name="Wait">`run --wait`: keep the connection and send progress lines until the result.</param>
/// <param name="ClearAttention">`resume`: also clear an "attention needed" account state (the user confirmed).</param>
/// <param name="Overrides">`run`: one-off settings for that run only, checked again by the daemon against its configuration.</param>
/// <param name="PauseFor">`pause --for`: every schedule resumes by itself after this long.</param>
/// <param name="PauseUntil">`pause --until tomorrow`: every schedule resumes by itself at the next local midnight.</param>
/// <param name="SinceUtc">`history`: runs started from then; `stats`: from that local day.</param>
/// <param name="Table">`export`: the history table.</param>
/// <param name="Format">`export`: `csv` or `json`, as `db export` writes them.</param>
/// <param name="Search">`contacts`: part of a member's name or profile URL.</param>
public sealed record ControlRequest(
    string Command,
    string? Bot = null,
    bool DryRun = false,
    bool Wait = false,
    bool ClearAttention = false,
    Configuration.RunOverrides? Overrides = null,
    TimeSpan? PauseFor = null,
    string? PauseUntil = null,
    DateTimeOffset? SinceUtc = null,
    string? Table = null,
    string? Format = null,
    string? Search = null);

/// <summary>One response line. Every exchange ends with exactly one line of kind `result`; `run --wait` sends `queued` and `progress` lines before it.</summary>
public sealed record ControlResponse
{
    /// <summary>Gets a value indicating whether the command succeeded (false: see <see cref="Error"/>).</summary>
    public bool Ok { get; init; }

    /// <summary>Gets the line's kind: `result` (last), `queued` or `progress`.</summary>
    public string Kind { get; init; } = ControlKinds.Result;

    /// <summary>Gets what went wrong.</summary>
    public string? Error { get; init; }

    /// <summary>Gets the individual reasons behind <see cref="Error"/> (`reload`: each config error with file:line:column).</summary>
    public IReadOnlyList<string>? Errors { get; init; }

    /// <summary>Gets a sentence for people.</summary>
    public string? Message { get; init; }

    /// <summary>Gets the status (`status`).</summary>
    public StatusReport? Status { get; init; }

    /// <summary>Gets the queued run (`run`).</summary>
    public QueuedView? Queued { get; init; }

    /// <summary>Gets the progress of the awaited run (`run --wait`).</summary>
    public RunningRunView? Progress { get; init; }

    /// <summary>Gets a run's result (`run --wait`, `stop`).</summary>
    public RunView? Run { get; init; }

    /// <summary>Gets the pause switches after `pause`/`resume`/`stop`.</summary>
    public PauseView? Paused { get; init; }

    /// <summary>Gets the runs (`history`), newest first.</summary>
    public IReadOnlyList<RunView>? Runs { get; init; }

    /// <summary>Gets the exported table (`export`), exactly as `db export` writes it.</summary>
    public string? Export { get; init; }

    /// <summary>Gets what was done with whom (`contacts`), newest first.</summary>
    public IReadOnlyList<Storage.ContactActivity>? Contacts { get; init; }

    /// <summary>Gets the actions per kind and day (`stats`).</summary>
    public StatsReport? Stats { get; init; }

    /// <summary>Gets the daemon's last log entries (`logs`), oldest first.</summary>
    public IReadOnlyList<Logging.RecentLogEntry>? Logs { get; init; }

    /// <summary>Gets what the reaper did (`reap`).</summary>
    public Reaper.ReapReport? Reap { get; init; }

    /// <summary>A failed result.</summary>
    public static ControlResponse Failure(string error) => new() { Ok = false, Error = error };
}

/// <summary>Response line kinds.</summary>
public static class ControlKinds
{
    /// <summary>The last line.</summary>
    public const string Result = "result";

    /// <summary>The run was queued (`run --wait`).</summary>
    public const string Queued = "queued";

    /// <summary>The awaited run progressed (or a keep-alive while it waits).</summary>
    public const string Progress = "progress";
}

/// <summary>A run placed in the queue.</summary>
/// <param name="Ticket">The ticket.</param>
/// <param name="Bot">The bot.</param>
/// <param name="DryRun">Whether it is a rehearsal.</param>
/// <param name="Ahead">Runs that start before it (including the one in progress).</param>
public sealed record QueuedView(long Ticket, string Bot, bool DryRun, int Ahead);

/// <summary>Serialization of the control protocol (snake_case, no indentation: one message per line).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ControlRequest))]
[JsonSerializable(typeof(ControlResponse))]
[JsonSerializable(typeof(IReadOnlyList<RunView>))]
internal sealed partial class ControlJsonContext : JsonSerializerContext;
