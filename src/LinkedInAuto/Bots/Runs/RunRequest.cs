using LinkedInAuto.Configuration;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;

namespace LinkedInAuto.Bots.Runs;

/// <summary>A request to run one bot once.</summary>
/// <param name="Bot">The bot's name.</param>
/// <param name="Trigger">What asked for it.</param>
/// <param name="DryRun">Rehearse without the final irreversible clicks.</param>
/// <param name="Overrides">One-off settings for this run only (`run --max-days-late`, `--keywords`, `--location`, `--limit`), already validated.</param>
public sealed record RunRequest(string Bot, RunTrigger Trigger, bool DryRun = false, RunOverrides? Overrides = null);

/// <summary>How a run ended, for the CLI, `status` and alerts.</summary>
/// <param name="RunId">The run record's id (0 when no record was written).</param>
/// <param name="Bot">The bot.</param>
/// <param name="Outcome">The outcome.</param>
/// <param name="Counts">What was done, skipped, failed.</param>
/// <param name="Reason">Why it stopped or failed, or null.</param>
/// <param name="DryRun">Whether it was a rehearsal.</param>
public sealed record RunResult(long RunId, string Bot, RunOutcome Outcome, RunCounts Counts, string? Reason, bool DryRun = false);
