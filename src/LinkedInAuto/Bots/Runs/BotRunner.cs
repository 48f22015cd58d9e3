using LinkedInAuto.Bots.Safety;
using LinkedInAuto.Configuration;
using LinkedInAuto.Engine;
using LinkedInAuto.Pages.Selectors;
using LinkedInAuto.Session;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Bots.Runs;

/// <summary>Runs one bot once: guards, run record, browser with the session, the bot's script, and the reaction to every danger.</summary>
/// <remarks>
/// Reactions (docs/linkedin-pages.md §2): a checkpoint, restriction or expired session stops the run at once, persists the
/// account state and so pauses every bot until `linkedin-auto resume`; a weekly-limit dialog cools down that action
/// kind durably; throttled pages that outlast the retries open the bot's circuit breaker (a durable cool-down).
/// </remarks>
public sealed partial class BotRunner(
    IEnumerable<IBot> bots,
    ConfigStore config,
    RunGuards guards,
    RunStore runs,
    AccountStateStore accounts,
    CooldownStore cooldowns,
    QuotaGate quotas,
    LinkedInBrowserFactory browsers,
    SelectorStatisticsRecorder selectorStatistics,
    TimeProvider time,
    ILoggerFactory loggers)
{
    private readonly ILogger _logger = loggers.CreateLogger<BotRunner>();

    /// <summary>Gets the bots by name.</summary>
    public IReadOnlyDictionary<string, IBot> Bots { get; } = bots.ToDictionary(b => b.Name, StringComparer.Ordinal);

    /// <summary>Runs <paramref name="request"/> to its end; never throws except for cancellation of the caller's token before the run started.</summary>
    public async Task<RunResult> RunAsync(RunRequest request, IProgress<RunProgress>? progress, CancellationToken cancellationToken) =>
        await RunOnceAsync(request, progress, cancellationToken) with { DryRun = request.DryRun };

    private async Task<RunResult> RunOnceAsync(RunRequest request, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        if (!Bots.TryGetValue(request.Bot, out var bot))
        {
            throw new ArgumentException($"unknown bot '{request.Bot}': expected one of {string.Join(", ", Bots.Keys)}", nameof(request));
        }

        var settings = request.Overrides is { IsEmpty: false } overrides ? overrides.ApplyTo(config.Current) : config.Current;
        var refusal = await guards.RefusalAsync(bot.Name, settings, cancellationToken);
        var runId = await runs.StartAsync(bot.Name, request.Trigger, request.DryRun, cancellationToken);
        using var scope = _logger.BeginScope(new Dictionary<string, object> { ["Bot"] = bot.Name, ["RunId"] = runId, ["DryRun"] = request.DryRun });
        if (refusal is not null)
        {
            LogSkipped(bot.Name, refusal);
            return await FinishAsync(new RunResult(runId, bot.Name, RunOutcome.Skipped, new RunCounts(0, 0, 0), refusal));
        }

        LogStarting(bot.Name, request.Trigger, request.DryRun, request.Overrides?.ToString() ?? string.Empty);
        BotRun? run = null;
        try
        {
            await using var browser = await browsers.StartAsync($"{bot.Name}-{runId}", cancellationToken);
            var logger = loggers.CreateLogger("LinkedInAuto.Bots." + bot.Name);
            var pacer = new Pacer(settings.Pacing, WorkingHours.From(settings), time, Random.Shared);
            run = new BotRun(runId, bot.Name, request.DryRun, settings, browser.Page, quotas, pacer, ThrottleRetry.Create(settings.Pacing, time, logger), time, logger, progress);
            try
            {
                await bot.RunAsync(run, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException && (ex is ActionStoppedException || run.OpenAction is not null))
            {
                // An action was refused, stayed without proof or drew a warning: no second action; the re-checked account decides.
                if (await DangerReview.ReviewAsync(run, ex, cancellationToken) is not { } danger)
                {
                    throw;
                }

                string reason;
                if (danger.RateLimited)
                {
                    reason = await CoolDownAccountAsync(bot.Name, danger.Reason, settings);
                }
                else
                {
                    var reaction = await ReactAsync(bot.Name, new PageStateException(danger.Classification), run.CurrentAction, settings);
                    reason = danger.Classification.State == Pages.States.PageState.Unexpected ? reaction : danger.Reason + "; " + reaction;
                }

                return await FinishAsync(new RunResult(runId, bot.Name, RunOutcome.Failed, run.Counts, reason));
            }

            return await FinishAsync(new RunResult(runId, bot.Name, RunOutcome.Succeeded, run.Counts, run.StopReason));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return await FinishAsync(new RunResult(runId, bot.Name, RunOutcome.Cancelled, Counts(run), "cancelled"));
        }
        catch (SessionStoreException ex)
        {
            LogSkipped(bot.Name, ex.Message);
            return await FinishAsync(new RunResult(runId, bot.Name, RunOutcome.Skipped, Counts(run), "waiting for a LinkedIn session: run `linkedin-auto auth import` (" + ex.Message + ")"));
        }
        catch (PageStateException ex)
        {
            var reason = await ReactAsync(bot.Name, ex, run?.CurrentAction, settings);
            return await FinishAsync(new RunResult(runId, bot.Name, RunOutcome.Failed, Counts(run), reason));
        }
        catch (Exception ex) when (ex is PageNotUnderstoodException or ElementNotFoundException or TimeoutException or Microsoft.Playwright.PlaywrightException or BotStepException or Browser.BrowserNotFoundException)
        {
            LogFailed(ex, bot.Name, ex.Message);
            return await FinishAsync(new RunResult(runId, bot.Name, RunOutcome.Failed, Counts(run), ex.Message));
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // Anything else (a control that stayed covered, an unforeseen page) still ends the run as failed, with its
            // record closed; no action was open (that case is judged above), so nothing is left unconfirmed.
            LogFailed(ex, bot.Name, ex.Message);
            return await FinishAsync(new RunResult(runId, bot.Name, RunOutcome.Failed, Counts(run), ex.Message));
        }
    }

    private async Task<string> ReactAsync(string bot, PageStateException danger, ActionKind? action, AppConfig settings)
    {
        var classification = danger.Classification;
        var now = time.GetUtcNow().UtcDateTime;
        switch (classification.State)
        {
            case Pages.States.PageState.Checkpoint or Pages.States.PageState.Restricted or Pages.States.PageState.SessionExpired:
                var state = classification.State switch
                {
                    Pages.States.PageState.Checkpoint => AccountState.Checkpoint,
                    Pages.States.PageState.Restricted => AccountState.Restricted,
                    _ => AccountState.SessionExpired,
                };
                await accounts.SetAsync(state, classification.Reason, CancellationToken.None);
                LogAttention(bot, state, classification.Reason);
                return $"attention needed: {RunGuards.Describe(state)}; every bot is paused until `linkedin-auto resume`";
            case Pages.States.PageState.WeeklyLimit:
                var kind = action ?? ActionKind.Accept;
                await cooldowns.SetAsync(CooldownScopes.Action(kind), now.AddDays(7), "LinkedIn's weekly limit dialog", CancellationToken.None);
                LogCooldown(bot, kind.ToString(), now.AddDays(7));
                return $"LinkedIn's weekly limit: {kind.ToString().ToLowerInvariant()} actions cool down for 7 days";
            case Pages.States.PageState.SearchLimit:
                var nextMonth = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1);
                await cooldowns.SetAsync(CooldownScopes.Bot(bot), nextMonth, "LinkedIn's monthly search limit", CancellationToken.None);
                return "LinkedIn's monthly search limit: searches resume next month";
            case Pages.States.PageState.Throttled or Pages.States.PageState.ActionRejected:
                var until = now + settings.Pacing.BreakerCooldown;
                await cooldowns.SetAsync(CooldownScopes.Bot(bot), until, classification.Reason, CancellationToken.None);
                LogCooldown(bot, "all", until);
                return $"{classification.State}: {classification.Reason}; {bot} pauses until {until:yyyy-MM-dd HH:mm} UTC";
            default:
                return $"{classification.State}: {classification.Reason} on {classification.Url?.AbsolutePath}";
        }
    }

    private async Task<string> CoolDownAccountAsync(string bot, string reason, AppConfig settings)
    {
        var until = time.GetUtcNow().UtcDateTime + settings.Pacing.RateLimitCooldown;
        await cooldowns.SetAsync(CooldownScopes.Account, until, "LinkedIn answered 429 Too Many Requests to an action", CancellationToken.None);
        LogCooldown(bot, "every bot's", until);
        return $"{reason}; LinkedIn is rate-limiting the account: every bot cools down until {until:yyyy-MM-dd HH:mm} UTC";
    }

    private async Task<RunResult> FinishAsync(RunResult result)
    {
        await selectorStatistics.FlushAsync(CancellationToken.None);
        await runs.FinishAsync(result.RunId, result.Outcome, result.Counts, result.Reason, CancellationToken.None);
        LogFinished(result.Bot, result.Outcome, result.Counts.Done, result.Counts.Skipped, result.Counts.Failed, result.Counts.Refused, result.Counts.Unconfirmed, result.Reason ?? string.Empty);
        return result;
    }

    private static RunCounts Counts(BotRun? run) => run?.Counts ?? new RunCounts(0, 0, 0);

    [LoggerMessage(Level = LogLevel.Information, Message = "Starting {BotName} ({Trigger}, dry run: {IsDryRun}) {Overrides}")]
    private partial void LogStarting(string botName, RunTrigger trigger, bool isDryRun, string overrides);

    [LoggerMessage(Level = LogLevel.Information, Message = "{BotName} run skipped: {Reason}")]
    private partial void LogSkipped(string botName, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{BotName} run {Outcome}: {Done} done, {Skipped} skipped, {Failed} failed, {Refused} refused, {Unconfirmed} unconfirmed {Reason}")]
    private partial void LogFinished(string botName, RunOutcome outcome, int done, int skipped, int failed, int refused, int unconfirmed, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "{BotName} run failed: {Reason}")]
    private partial void LogFailed(Exception exception, string botName, string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "{BotName} stopped: account state {AccountState} ({Reason}); every bot is paused until `linkedin-auto resume`")]
    private partial void LogAttention(string botName, AccountState accountState, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{BotName}: {ActionKind} actions cool down until {Until:u}")]
    private partial void LogCooldown(string botName, string actionKind, DateTime until);
}

/// <summary>A bot step could not complete safely (wrong recipient, composer unusable, send disabled): the run stops.</summary>
public sealed class BotStepException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="BotStepException"/> class.</summary>
    public BotStepException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="BotStepException"/> class.</summary>
    public BotStepException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="BotStepException"/> class.</summary>
    public BotStepException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
