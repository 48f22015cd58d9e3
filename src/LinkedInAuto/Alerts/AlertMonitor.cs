using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Configuration;
using LinkedInAuto.Scheduling;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;

namespace LinkedInAuto.Alerts;

/// <summary>The alerts judged after each run: a page not understood, K runs failed in a row, and the optional run summary.</summary>
/// <remarks>A page not understood is said with each run it stops (held back within the hour per channel); the failure
/// streak alerts when it reaches the threshold, not on every run while it lasts.</remarks>
public sealed class AlertMonitor(AlertDispatcher alerts, RunStore runs, ConfigStore config, TimeProvider time) : IRunFinishedHandler
{
    /// <inheritdoc/>
    public async Task OnRunFinishedAsync(RunResult result, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (result.Outcome == RunOutcome.Failed && Engine.PageNotUnderstoodException.IsReason(result.Reason))
        {
            alerts.Publish(AlertTexts.PageNotUnderstood(result, now));
        }

        var threshold = config.Current.Alerts.FailedRunsThreshold;
        if (result.Outcome == RunOutcome.Failed)
        {
            var recent = await runs.RecentAsync(threshold + 1, cancellationToken: cancellationToken);
            if (recent.TakeWhile(r => r.Outcome == RunOutcome.Failed).Count() == threshold)
            {
                alerts.Publish(AlertTexts.FailedRuns(threshold, result, now));
            }
        }

        if (config.Current.Alerts.RunSummary)
        {
            alerts.Publish(AlertTexts.RunSummary(result, now));
        }
    }
}
