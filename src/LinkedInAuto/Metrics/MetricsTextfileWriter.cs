using System.Text;
using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Bots.Safety;
using LinkedInAuto.Configuration;
using LinkedInAuto.Platform;
using LinkedInAuto.Reaper;
using LinkedInAuto.Scheduling;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Metrics;

/// <summary>Rewrites `metrics.textfile` for node_exporter's textfile collector at start and after each run: written to a temporary file and renamed, so the collector never reads half a file.</summary>
public sealed partial class MetricsTextfileWriter(
    ConfigStore config, RunStore runs, QuotaLedger quotas, AccountStateStore accounts, ChromiumReaper reaper, TimeProvider time, ILogger<MetricsTextfileWriter> logger)
    : IRunFinishedHandler, IHostedService
{
    private static readonly string[] s_results = ["done", "skipped", "failed", "refused", "unconfirmed"];
    private readonly Dictionary<(string Bot, RunOutcome Outcome), long> _runs = [];
    private readonly Dictionary<(string Bot, string Result), long> _actions = [];
    private readonly Lock _gate = new();

    /// <inheritdoc/>
    public async Task OnRunFinishedAsync(RunResult result, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _runs[(result.Bot, result.Outcome)] = _runs.GetValueOrDefault((result.Bot, result.Outcome)) + 1;
            var counts = result.Counts;
            foreach (var (name, count) in s_results.Zip([counts.Done, counts.Skipped, counts.Failed, counts.Refused, counts.Unconfirmed]))
            {
                _actions[(result.Bot, name)] = _actions.GetValueOrDefault((result.Bot, name)) + count;
            }
        }

        await WriteAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public Task StartAsync(CancellationToken cancellationToken) => WriteAsync(cancellationToken);

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Writes the file now (nothing when `metrics.textfile` is empty).</summary>
    public async Task WriteAsync(CancellationToken cancellationToken)
    {
        var settings = config.Current;
        var path = settings.Metrics.Textfile;
        if (path.Length == 0)
        {
            return;
        }

        var text = await RenderAsync(settings, cancellationToken);

        // node_exporter runs as its own user: the file must be world-readable whatever the unit's UMask.
        DurableFile.Replace(path, new UTF8Encoding(false).GetBytes(text), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        LogWritten(path);
    }

    private async Task<string> RenderAsync(AppConfig settings, CancellationToken cancellationToken)
    {
        var usage = await quotas.GetUsageAsync(cancellationToken);
        var account = await accounts.GetCurrentAsync(cancellationToken);
        var text = new PrometheusText();

        text.Family("linkedin_auto_runs_total", "counter", "Bot runs finished since the daemon started, by bot and outcome.");
        lock (_gate)
        {
            foreach (var bot in ScheduleOptions.BotNames)
            {
                foreach (var outcome in Enum.GetValues<RunOutcome>())
                {
                    text.Sample("linkedin_auto_runs_total", _runs.GetValueOrDefault((bot, outcome)), ("bot", bot), ("outcome", outcome.ToString().ToLowerInvariant()));
                }
            }
        }

        text.Family("linkedin_auto_run_actions_total", "counter", "Actions of the runs finished since the daemon started, by bot and result (done, skipped, failed, refused, unconfirmed); refused and unconfirmed ones never count as done.");
        lock (_gate)
        {
            foreach (var bot in ScheduleOptions.BotNames)
            {
                foreach (var name in s_results)
                {
                    text.Sample("linkedin_auto_run_actions_total", _actions.GetValueOrDefault((bot, name)), ("bot", bot), ("result", name));
                }
            }
        }

        text.Family("linkedin_auto_actions_today", "gauge", "Actions attempted today (configured time zone), by kind, counted at intent as quotas are: refused and unconfirmed ones included.");
        foreach (var kind in Enum.GetValues<ActionKind>())
        {
            text.Sample("linkedin_auto_actions_today", usage.TodayOf(kind), ("kind", Name(kind)));
        }

        text.Family("linkedin_auto_actions_week", "gauge", "Actions attempted this week (Monday to Sunday), by kind, counted at intent as quotas are.");
        foreach (var kind in Enum.GetValues<ActionKind>())
        {
            text.Sample("linkedin_auto_actions_week", usage.ThisWeekOf(kind), ("kind", Name(kind)));
        }

        text.Family("linkedin_auto_quota_left", "gauge", "Quota left, by kind and period (day, week).");
        foreach (var kind in Enum.GetValues<ActionKind>())
        {
            var limit = QuotaPolicy.LimitOf(settings.Quotas, kind);
            text.Sample("linkedin_auto_quota_left", Math.Max(0, limit.Daily - usage.TodayOf(kind)), ("kind", Name(kind)), ("period", "day"));
            text.Sample("linkedin_auto_quota_left", Math.Max(0, limit.Weekly - usage.ThisWeekOf(kind)), ("kind", Name(kind)), ("period", "week"));
        }

        text.Family("linkedin_auto_last_success_timestamp_seconds", "gauge", "End of the latest successful run, Unix time; 0 when none is recorded.");
        var recent = await runs.RecentAsync(200, cancellationToken: cancellationToken);
        foreach (var bot in ScheduleOptions.BotNames)
        {
            var last = recent.FirstOrDefault(r => r.Bot == bot && r.Outcome == RunOutcome.Succeeded && r.EndedUtc is not null);
            text.Sample("linkedin_auto_last_success_timestamp_seconds", last is null ? 0 : new DateTimeOffset(DateTime.SpecifyKind(last.EndedUtc!.Value, DateTimeKind.Utc)).ToUnixTimeSeconds(), ("bot", bot));
        }

        text.Family("linkedin_auto_account_state", "gauge", "1 for the account's current state (ok, session_expired, checkpoint, restricted, limit_cooldown), else 0.");
        foreach (var state in Enum.GetValues<AccountState>())
        {
            text.Sample("linkedin_auto_account_state", state == account.State ? 1 : 0, ("state", ConfigNaming.ToSnakeCase(state.ToString())));
        }

        text.Family("linkedin_auto_orphans_reaped_total", "counter", "Orphaned browser processes ended by the reaper since the daemon started.");
        text.Sample("linkedin_auto_orphans_reaped_total", reaper.ReapedTotal);

        text.Family("linkedin_auto_metrics_written_timestamp_seconds", "gauge", "When this file was written, Unix time.");
        text.Sample("linkedin_auto_metrics_written_timestamp_seconds", time.GetUtcNow().ToUnixTimeSeconds());
        return text.ToString();
    }

    private static string Name(ActionKind kind) => kind.ToString().ToLowerInvariant();


    [LoggerMessage(Level = LogLevel.Debug, Message = "Metrics written to {MetricsPath}")]
    private partial void LogWritten(string metricsPath);
}
