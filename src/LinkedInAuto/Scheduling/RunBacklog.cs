using LinkedInAuto.Storage.Entities;
using Quartz;

namespace LinkedInAuto.Scheduling;

/// <summary>Runs asked for now (manual, catch-up) or later (postponed): one-shot Quartz triggers in the queue group.</summary>
/// <remarks>
/// With <c>MaxConcurrency = 1</c> Quartz starts a waiting trigger only when the running job ends, earliest start first;
/// runs queued at the same instant keep their ticket order through a priority that falls with the ticket number.
/// </remarks>
public sealed class RunBacklog(ISchedulerFactory schedulers, ScheduleBook book)
{
    private long _lastTicket;

    /// <summary>Gets how many runs wait in the queue.</summary>
    public int Count => book.Queued.Count;

    /// <summary>Takes the next ticket; register a watch on it before queueing so no event is missed.</summary>
    public long NextTicket() => Interlocked.Increment(ref _lastTicket);

    /// <summary>Queues <paramref name="run"/> to start at <paramref name="at"/> (now when null).</summary>
    public async Task<WaitingRun> EnqueueAsync(QueuedRun run, DateTimeOffset? at, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var start = at ?? scheduler.TimeProvider.GetUtcNow();
        var key = new TriggerKey($"{run.Bot}-{run.Ticket}-{start.UtcTicks}", SchedulerKeys.QueueGroup);
        var trigger = TriggerBuilder.Create(scheduler.TimeProvider)
            .WithIdentity(key)
            .ForJob(SchedulerKeys.BotRun)
            .UsingJobData(run.ToJobData())
            .StartAt(start)
            .WithPriority(1_000_000 - (int)(run.Ticket % 500_000))
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        var waiting = new WaitingRun(run, start, key);
        book.AddQueued(waiting);
        await scheduler.ScheduleJob(trigger, default, cancellationToken);
        return waiting;
    }

    /// <summary>Queues a run with a new ticket.</summary>
    public Task<WaitingRun> EnqueueAsync(string bot, RunTrigger trigger, bool dryRun, DateTimeOffset? slot, CancellationToken cancellationToken) =>
        EnqueueAsync(new QueuedRun(bot, trigger, dryRun, NextTicket(), slot), null, cancellationToken);

    /// <summary>Removes every waiting run (`linkedin-auto stop`); returns them.</summary>
    public async Task<IReadOnlyList<QueuedRun>> ClearAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var removed = book.ClearQueued();
        await scheduler.UnscheduleJobs(GroupMatcher<TriggerKey>.GroupEquals(SchedulerKeys.QueueGroup), cancellationToken);
        return [.. removed.Select(r => r.Run)];
    }
}
