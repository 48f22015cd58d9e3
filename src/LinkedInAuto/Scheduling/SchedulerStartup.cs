using LinkedInAuto.Configuration;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;
using LinkedInAuto.Systemd;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Scheduling;

/// <summary>At daemon start (after the history is migrated): plans every bot, then queues today's missed runs once.</summary>
internal sealed partial class SchedulerStartup(
    BotSchedulePlanner planner,
    RunBacklog queue,
    RunStore runs,
    AccountWatch account,
    ConfigStore config,
    LivenessMonitor liveness,
    TimeProvider time,
    ILogger<SchedulerStartup> logger) : IHostedService
{
    /// <inheritdoc/>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        liveness.Register(SchedulerHeartbeat.Source, SchedulerHeartbeat.MaxSilence);
        await account.RefreshAsync(cancellationToken);
        await planner.ApplyAsync(cancellationToken);
        await CatchUpAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        var settings = config.Current;
        var now = time.GetUtcNow();
        foreach (var bot in ScheduleOptions.BotNames)
        {
            var schedule = settings.Schedule.For(bot);
            if (!schedule.Enabled || planner.Knows(bot) is false)
            {
                continue;
            }

            var last = await runs.RecentAsync(1, bot, cancellationToken);
            DateTimeOffset? lastStart = last.Count > 0 ? new DateTimeOffset(DateTime.SpecifyKind(last[0].StartedUtc, DateTimeKind.Utc)) : null;
            if (CatchUpPolicy.MissedSlot(settings.Schedule, schedule, settings.TimeZone.Zone, now, lastStart) is { } slot)
            {
                LogCatchUp(bot, slot);
                await queue.EnqueueAsync(bot, RunTrigger.CatchUp, dryRun: false, slot, cancellationToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{BotName}: the start planned for {Slot:u} was missed while the daemon was down; it runs once now")]
    private partial void LogCatchUp(string botName, DateTimeOffset slot);
}
