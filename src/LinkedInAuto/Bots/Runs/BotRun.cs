using LinkedInAuto.Bots.Safety;
using LinkedInAuto.Configuration;
using LinkedInAuto.Engine;
using LinkedInAuto.Pages.States;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;
using Microsoft.Extensions.Logging;
using Polly;

namespace LinkedInAuto.Bots.Runs;

/// <summary>Everything one run of one bot needs: its page, its configuration snapshot, budgets, pacing, counts and progress.</summary>
public sealed partial class BotRun(
    long runId, string bot, bool dryRun, AppConfig config, LinkedInPage page, QuotaGate quotas, Pacer pacer, ResiliencePipeline retry, TimeProvider time, ILogger logger, IProgress<RunProgress>? progress)
{
    private int _done;
    private int _skipped;
    private int _failed;
    private int _refused;
    private int _unconfirmed;

    /// <summary>Gets the run record's id.</summary>
    public long RunId { get; } = runId;

    /// <summary>Gets the bot's name.</summary>
    public string Bot { get; } = bot;

    /// <summary>Gets a value indicating whether this is a rehearsal: everything but the final irreversible click.</summary>
    public bool DryRun { get; } = dryRun;

    /// <summary>Gets the configuration in effect when the run started (a reload applies to the next run).</summary>
    public AppConfig Config { get; } = config;

    /// <summary>Gets the page.</summary>
    public LinkedInPage Page { get; } = page;

    /// <summary>Gets the clock.</summary>
    public TimeProvider Time { get; } = time;

    /// <summary>Gets the run's logger (its scope carries BOT and RUN_ID).</summary>
    public ILogger Logger => logger;

    /// <summary>Gets the action kind being attempted, so a limit dialog cools down the right kind.</summary>
    public ActionKind? CurrentAction { get; private set; }

    /// <summary>Gets why the run stopped early (quota, active hours), or null.</summary>
    public string? StopReason { get; private set; }

    /// <summary>Gets the counts so far.</summary>
    public RunCounts Counts => new(_done, _skipped, _failed, _refused, _unconfirmed);

    /// <summary>Gets today's date in the configured time zone.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Time.GetUtcNow(), Config.TimeZone.Zone).DateTime);

    /// <summary>Opens a page, retrying throttled and error pages with backoff; any other state raises <see cref="PageStateException"/>.</summary>
    public async Task<PageClassification> OpenAsync(string pathOrUrl, PageExpectation expectation, CancellationToken cancellationToken) =>
        await retry.ExecuteAsync(async token => await Page.OpenAsync(pathOrUrl, expectation, token), cancellationToken);

    /// <summary>Checks the quota for one more <paramref name="kind"/> action; a refusal ends the run's work (dry-runs never consume quota).</summary>
    public async Task<bool> MayActAsync(ActionKind kind, CancellationToken cancellationToken)
    {
        CurrentAction = kind;
        if (DryRun)
        {
            return true;
        }

        // The run's own snapshot carries a one-off per-run limit (`run visitor --limit N`); the gate reads the rest live.
        var decision = await quotas.CheckAsync(kind, RunId, QuotaPolicy.LimitOf(Config.Quotas, kind).PerRun, cancellationToken);
        if (!decision.Allowed)
        {
            Stop(decision.Reason!);
        }

        return decision.Allowed;
    }

    /// <summary>Waits before the next action; false when the active hours end first (the run stops cleanly).</summary>
    public async Task<bool> PaceAsync(CancellationToken cancellationToken)
    {
        var keepGoing = await pacer.AfterActionAsync(cancellationToken);
        if (!keepGoing)
        {
            Stop("the active hours ended");
        }

        return keepGoing;
    }

    /// <summary>Records one action's result: counts, progress and one structured event (BOT, RUN_ID, ACTION, PROFILE_URL, RESULT).</summary>
    public void Record(string action, string profileUrl, ActionResult result, string? detail = null)
    {
        switch (result)
        {
            case ActionResult.Done or ActionResult.DryRun:
                _done++;
                break;
            case ActionResult.Skipped:
                _skipped++;
                break;
            case ActionResult.Refused:
                _refused++;
                break;
            case ActionResult.Unconfirmed:
                _unconfirmed++;
                break;
            default:
                _failed++;
                break;
        }

        LogAction(action, profileUrl, result, detail ?? string.Empty);
        progress?.Report(new RunProgress(Bot, RunId, Counts, action + " " + profileUrl));
    }

    /// <summary>Ends the run's work early with a reason (kept in the run record).</summary>
    public void Stop(string reason)
    {
        StopReason ??= reason;
        LogStopping(reason);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Action} {ProfileUrl}: {Result} {Detail}")]
    private partial void LogAction(string action, string profileUrl, ActionResult result, string detail);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopping the run: {StopReason}")]
    private partial void LogStopping(string stopReason);
}

/// <summary>What happened to one action.</summary>
public enum ActionResult
{
    /// <summary>Done and verified.</summary>
    Done,

    /// <summary>Rehearsed (dry-run): everything but the final click.</summary>
    DryRun,

    /// <summary>Not attempted (not eligible, already done, blacklisted, rule says leave).</summary>
    Skipped,

    /// <summary>Attempted and failed.</summary>
    Failed,

    /// <summary>Attempted, but the proof did not appear: the outcome is unknown, the run stops, nothing is retried before the page is read again.</summary>
    Unconfirmed,

    /// <summary>Attempted, and LinkedIn refused it (an error status, an error toast, a limit dialog): the run stops.</summary>
    Refused,
}

/// <summary>Progress of the running bot, for `status` and `run --wait`.</summary>
public sealed record RunProgress(string Bot, long RunId, RunCounts Counts, string LastStep);
