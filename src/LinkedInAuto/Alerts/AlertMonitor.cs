using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Configuration;
using LinkedInAuto.Scheduling;
using LinkedInAuto.Session;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;

namespace LinkedInAuto.Alerts;

/// <summary>Decides when to alert, after each run: the account needs attention, the session expires soon, a page was not understood, or K runs failed in a row.</summary>
/// <remarks>Each condition alerts once when it starts (attention: per new state; session: once per day; failures: when the
/// streak reaches the threshold), not on every run while it lasts; a page not understood alerts with each run it stops.</remarks>
public sealed class AlertMonitor(WebhookAlerter webhook, AccountStateStore accounts, RunStore runs, SessionStatusReader sessions, ConfigStore config, TimeProvider time)
    : IRunFinishedHandler
{
    private readonly Lock _gate = new();
    private AccountState _lastState = AccountState.Ok;
    private DateOnly? _sessionWarnedOn;

    /// <inheritdoc/>
    public async Task OnRunFinishedAsync(RunResult result, CancellationToken cancellationToken)
    {
        await CheckAccountAsync(cancellationToken);
        await CheckSessionAsync(cancellationToken);
        await CheckNotUnderstoodAsync(result, cancellationToken);
        await CheckFailuresAsync(result, cancellationToken);
    }

    // A page the bot could not read is a change on LinkedIn's side: said at once, every time, since nothing will be done
    // on that page until selectors.yaml matches it again.
    private async Task CheckNotUnderstoodAsync(RunResult result, CancellationToken cancellationToken)
    {
        if (result.Outcome == RunOutcome.Failed && Engine.PageNotUnderstoodException.IsReason(result.Reason))
        {
            await webhook.SendAsync(
                "page_not_understood",
                $"LinkedIn page not understood ({result.Bot})",
                $"{result.Reason}. The {result.Bot} bot did nothing on that page. Compare `linkedin-auto selectors check` with the evidence, and update selectors.yaml if LinkedIn changed its pages.",
                4,
                ["mag"],
                cancellationToken);
        }
    }

    private async Task CheckAccountAsync(CancellationToken cancellationToken)
    {
        var account = await accounts.GetCurrentAsync(cancellationToken);
        bool changed;
        lock (_gate)
        {
            changed = account.State != _lastState;
            _lastState = account.State;
        }

        if (changed && account.State is AccountState.Checkpoint or AccountState.Restricted or AccountState.SessionExpired)
        {
            await webhook.SendAsync(
                "attention_needed",
                $"LinkedIn needs you: {StatusLine.AttentionWord(account.State)}",
                $"{RunGuards.Describe(account.State)}. Every bot is paused; once it is resolved, run `linkedin-auto resume` on the Pi.",
                5,
                ["warning"],
                cancellationToken);
        }
    }

    private async Task CheckSessionAsync(CancellationToken cancellationToken)
    {
        var session = await sessions.ReadAsync(cancellationToken);
        var today = LocalCalendar.Today(time.GetUtcNow(), config.Current.TimeZone.Zone);
        lock (_gate)
        {
            if (!session.ExpiryWarning || session.Expired || _sessionWarnedOn == today)
            {
                return;
            }

            _sessionWarnedOn = today;
        }

        await webhook.SendAsync(
            "session_expiring",
            "LinkedIn session expires soon",
            $"The saved LinkedIn session expires on {session.LiAtExpiresLocalDate:yyyy-MM-dd} ({session.DaysLeft} days). Import a fresh one with `linkedin-auto auth import`.",
            4,
            ["hourglass"],
            cancellationToken);
    }

    private async Task CheckFailuresAsync(RunResult result, CancellationToken cancellationToken)
    {
        var threshold = config.Current.Alerts.FailedRunsThreshold;
        if (result.Outcome != RunOutcome.Failed)
        {
            return;
        }

        var recent = await runs.RecentAsync(threshold + 1, cancellationToken: cancellationToken);
        var streak = recent.TakeWhile(r => r.Outcome == RunOutcome.Failed).Count();
        if (streak == threshold)
        {
            await webhook.SendAsync(
                "failed_runs",
                $"{threshold} runs failed in a row",
                $"The last {threshold} runs failed; the latest: {result.Bot}: {result.Reason}. See `linkedin-auto history` and `journalctl -u linkedin-auto`.",
                4,
                ["x"],
                cancellationToken);
        }
    }
}
