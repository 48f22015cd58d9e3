using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Scheduling;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;

namespace LinkedInAuto.Alerts;

/// <summary>The words of each alert: title, body, priority, tags and what makes two of them "the same".</summary>
public static class AlertTexts
{
    /// <summary>The account needs its owner: a checkpoint, a restriction or an expired session.</summary>
    public static AlertMessage Attention(AccountStatus status, DateTimeOffset now) => new(
        AlertEvents.AttentionNeeded,
        $"LinkedIn needs you: {StatusLine.AttentionWord(status.State)}",
        $"{RunGuards.Describe(status.State)}{(status.Reason is { Length: > 0 } reason ? $" ({reason})" : string.Empty)}. Every bot is paused; once it is resolved, run `linkedin-auto resume` on the Pi.",
        5,
        ["warning"],
        now,
        "attention:" + status.State);

    /// <summary>LinkedIn imposed a limit: a scope cools down.</summary>
    public static AlertMessage Limit(Cooldown cooldown, DateTimeOffset now) => new(
        AlertEvents.AttentionNeeded,
        $"LinkedIn limit: {cooldown.Scope} paused",
        $"{cooldown.Reason ?? "LinkedIn limited an action"}. {cooldown.Scope} is paused until {cooldown.UntilUtc:yyyy-MM-dd HH:mm} UTC; nothing to do unless it keeps happening (then lower the quotas in config.yaml).",
        4,
        ["no_entry"],
        now,
        "limit:" + cooldown.Scope);

    /// <summary>Memory stayed below the floor: a run was postponed.</summary>
    public static AlertMessage MemoryLow(MemoryCheck check, DateTimeOffset now) => new(
        AlertEvents.MemoryLow,
        "Memory too low to run",
        $"A run was postponed: {check.AvailableMb} MiB of memory available (MemAvailable + SwapFree), {check.FloorMb} MiB needed (`memory.min_available_mb`). See what uses the memory with `top`, or `linkedin-auto doctor`.",
        3,
        ["floppy_disk"],
        now,
        "memory_low");

    /// <summary>The saved session expires soon.</summary>
    public static AlertMessage SessionExpiring(DateOnly expires, int daysLeft, DateOnly today, DateTimeOffset now) => new(
        AlertEvents.SessionExpiring,
        "LinkedIn session expires soon",
        $"The saved LinkedIn session expires on {expires:yyyy-MM-dd} ({daysLeft} days). Import a fresh one with `linkedin-auto auth import`.",
        4,
        ["hourglass"],
        now,
        $"session_expiring:{today:yyyy-MM-dd}");

    /// <summary>A page the selectors no longer read.</summary>
    public static AlertMessage PageNotUnderstood(RunResult result, DateTimeOffset now) => new(
        AlertEvents.PageNotUnderstood,
        $"LinkedIn page not understood ({result.Bot})",
        $"{result.Reason}. The {result.Bot} bot did nothing on that page. Compare `linkedin-auto selectors check` with the evidence, and update selectors.yaml if LinkedIn changed its pages.",
        4,
        ["mag"],
        now,
        "page_not_understood:" + result.Bot);

    /// <summary>The failure streak reached the threshold.</summary>
    public static AlertMessage FailedRuns(int threshold, RunResult result, DateTimeOffset now) => new(
        AlertEvents.FailedRuns,
        $"{threshold} runs failed in a row",
        $"The last {threshold} runs failed; the latest: {result.Bot}: {result.Reason}. See `linkedin-auto history` and `journalctl -u linkedin-auto`.",
        4,
        ["x"],
        now,
        "failed_runs");

    /// <summary>The previous daemon process ended without stopping cleanly.</summary>
    public static AlertMessage Crashed(string? previousStart, DateTimeOffset now) => new(
        AlertEvents.DaemonCrashed,
        "linkedin-auto restarted after a crash",
        $"The daemon started again, but the previous process{(previousStart is null ? string.Empty : $" (started {previousStart})")} did not stop cleanly: a crash, a kill or a power cut. A run it left open is marked interrupted. See `journalctl -u linkedin-auto -b -1` and `linkedin-auto history`.",
        4,
        ["rotating_light"],
        now,
        DedupKey: null);

    /// <summary>One finished run.</summary>
    public static AlertMessage RunSummary(RunResult result, DateTimeOffset now)
    {
        var c = result.Counts;
        return new(
            AlertEvents.RunSummary,
            $"{result.Bot}: {result.Outcome.ToString().ToLowerInvariant()}",
            $"{result.Bot} run {result.RunId}: {c.Done} done, {c.Skipped} skipped, {c.Failed} failed, {c.Refused} refused{(result.Reason is { Length: > 0 } r ? $". {r}" : string.Empty)}.",
            result.Outcome == RunOutcome.Succeeded ? 2 : 3,
            [result.Outcome == RunOutcome.Succeeded ? "heavy_check_mark" : "warning"],
            now,
            DedupKey: null);
    }
}
