using Microsoft.Extensions.Logging;
using Quartz;

namespace LinkedInAuto.Scheduling;

/// <summary>The one Quartz job: a planned start first plans the bot's next one, then any firing runs its bot through <see cref="RunCoordinator"/>.</summary>
/// <remarks><see cref="DisallowConcurrentExecutionAttribute"/> only serialises this job detail; bots run strictly one after
/// another because the scheduler's pool has <c>MaxConcurrency = 1</c> (see SchedulingServiceCollectionExtensions).</remarks>
[DisallowConcurrentExecution]
internal sealed partial class BotRunJob(RunCoordinator coordinator, BotSchedulePlanner planner, ScheduleBook book, ILogger<BotRunJob> logger) : IJob
{
    /// <inheritdoc/>
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var run = QueuedRun.From(context.MergedJobDataMap);
        var key = context.Trigger.Key;
        book.RemoveQueued(key);
        if (key.Group == SchedulerKeys.ScheduleGroup)
        {
            book.RemovePlanned(run.Bot, key);
            await planner.PlanAfterAsync(run.Bot, run.Slot ?? context.ScheduledFireTimeUtc ?? context.FireTimeUtc, cancellationToken);
        }

        LogFiring(run.Bot, run.Trigger.ToString(), run.Ticket);
        await coordinator.ExecuteAsync(run, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Firing {BotName} ({Trigger}, ticket {Ticket})")]
    private partial void LogFiring(string botName, string trigger, long ticket);
}
