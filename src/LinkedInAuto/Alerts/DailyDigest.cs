using System.Globalization;
using System.Text;
using LinkedInAuto.Bots.Safety;
using LinkedInAuto.Configuration;
using LinkedInAuto.Scheduling;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Alerts;

/// <summary>The optional daily digest (`alerts.daily_digest`, at `alerts.digest_time` local): what was done today, the
/// quotas left and the next runs. Sent even when nothing happened, which proves the daemon is alive.</summary>
public sealed partial class DailyDigest(
    AlertDispatcher alerts,
    RunStore runs,
    QuotaLedger quotas,
    ScheduleBook schedule,
    ConfigStore config,
    TimeProvider time,
    ILogger<DailyDigest> logger) : BackgroundService
{
    /// <summary>Gets the next digest time after <paramref name="now"/>, in the configured zone.</summary>
    public static DateTimeOffset NextDue(DateTimeOffset now, TimeOnly at, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var candidate = local.Date + at.ToTimeSpan();
        if (candidate <= local.DateTime)
        {
            candidate = candidate.AddDays(1);
        }

        return new DateTimeOffset(candidate, zone.GetUtcOffset(candidate));
    }

    /// <summary>Builds the digest of the day of <paramref name="now"/>.</summary>
    public async Task<AlertMessage> ComposeAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = config.Current;
        var zone = settings.TimeZone.Zone;
        var today = LocalCalendar.Today(now, zone);
        var todayRuns = (await runs.RecentAsync(200, cancellationToken: cancellationToken))
            .Where(r => LocalCalendar.Today(new DateTimeOffset(DateTime.SpecifyKind(r.StartedUtc, DateTimeKind.Utc)), zone) == today)
            .ToList();
        var usage = await quotas.GetUsageAsync(cancellationToken);
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"Today, {today:yyyy-MM-dd}: ");
        body.AppendLine(todayRuns.Count == 0
            ? "no run."
            : string.Join("; ", todayRuns.GroupBy(r => r.Bot).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
                $"{g.Key}: {g.Count()} run{(g.Count() == 1 ? string.Empty : "s")}, {g.Sum(r => r.Done)} done, {g.Count(r => r.Outcome == RunOutcome.Failed)} failed")) + ".");
        body.Append("Quotas left today: ");
        body.AppendLine(string.Join(", ", Enum.GetValues<ActionKind>().Select(kind =>
        {
            var limit = QuotaPolicy.LimitOf(settings.Quotas, kind).Daily;
            return $"{kind.ToString().ToLowerInvariant()} {Math.Max(0, limit - usage.TodayOf(kind))} of {limit}";
        })) + ".");
        var planned = schedule.Planned;
        body.Append("Next runs: ");
        body.Append(planned.Count == 0
            ? "none planned."
            : string.Join(", ", planned.Select(p => $"{p.Bot} {TimeZoneInfo.ConvertTime(p.At, zone):yyyy-MM-dd HH:mm}")) + ".");
        var actions = todayRuns.Sum(r => r.Done);
        return new AlertMessage(AlertEvents.DailyDigest, $"Daily digest: {actions} action{(actions == 1 ? string.Empty : "s")} today", body.ToString(), 2, ["spiral_notepad"], now, DedupKey: null);
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                var settings = config.Current;
                var now = time.GetUtcNow();
                var due = NextDue(now, settings.Alerts.DigestTime, settings.TimeZone.Zone);
                await Task.Delay(due - now, time, stoppingToken);
                if (!config.Current.Alerts.DailyDigest)
                {
                    continue;
                }

                try
                {
                    alerts.Publish(await ComposeAsync(time.GetUtcNow(), stoppingToken));
                }
                catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
                {
                    LogFailed(ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The daily digest could not be composed")]
    private partial void LogFailed(Exception exception);
}
