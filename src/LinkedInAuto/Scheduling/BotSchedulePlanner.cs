using System.Globalization;
using LinkedInAuto.Configuration;
using LinkedInAuto.Storage.Entities;
using Microsoft.Extensions.Logging;
using Quartz;

namespace LinkedInAuto.Scheduling;

/// <summary>Turns each bot's cron schedule into its next planned start: a one-shot Quartz trigger at the cron slot plus a random delay.</summary>
/// <remarks>
/// Jitter is drawn per firing, never by shifting the cron: the trigger fires at slot + delay, and the job plans the next
/// slot as soon as it fires ("the job re-queues itself"). Planning ahead means `status` shows the real start (09:12, not
/// 09:00 + up to 30 min). Slots come from Quartz's cron arithmetic in the configured zone, so DST is Quartz's.
/// </remarks>
public sealed partial class BotSchedulePlanner(
    ISchedulerFactory schedulers, ConfigStore config, IRunExecutor executor, ScheduleBook book, ScheduleJitter jitter, TimeProvider time, ILogger<BotSchedulePlanner> logger)
    : IDisposable
{
    // Start, reload and firings plan concurrently; a plain lock cannot be held across awaits.
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Gets a value indicating whether this build can run <paramref name="bot"/>.</summary>
    public bool Knows(string bot) => executor.Bots.Contains(bot);

    /// <summary>Brings every bot's plan in line with the configuration in effect (start and reload); unchanged bots keep their planned start.</summary>
    public async Task ApplyAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var settings = config.Current;
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            foreach (var bot in ScheduleOptions.BotNames)
            {
                var basis = Basis(bot, settings);
                var existing = book.PlannedFor(bot);
                if (existing is not null && existing.Basis == basis)
                {
                    continue;
                }

                if (existing is not null)
                {
                    await scheduler.UnscheduleJob(existing.Key, cancellationToken);
                    book.RemovePlanned(bot);
                }

                await PlanAsync(scheduler, bot, settings, basis, time.GetUtcNow(), cancellationToken);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Plans <paramref name="bot"/>'s next start after the slot that is firing now.</summary>
    public async Task PlanAfterAsync(string bot, DateTimeOffset firedSlot, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var settings = config.Current;
            var now = time.GetUtcNow();
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            await PlanAsync(scheduler, bot, settings, Basis(bot, settings), firedSlot > now ? firedSlot : now, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task PlanAsync(IScheduler scheduler, string bot, AppConfig settings, string basis, DateTimeOffset after, CancellationToken cancellationToken)
    {
        var schedule = settings.Schedule.For(bot);
        if (!schedule.Enabled || !executor.Bots.Contains(bot))
        {
            LogNotPlanned(bot, schedule.Enabled ? "this build has no such bot" : "disabled in the configuration");
            return;
        }

        if (CronSlots.Next(schedule.Cron, settings.TimeZone.Zone, after) is not { } slot)
        {
            LogNotPlanned(bot, $"the cron expression '{schedule.Cron}' never fires again");
            return;
        }

        var at = slot + jitter.Next(settings.Schedule.Jitter);
        var run = new QueuedRun(bot, RunTrigger.Schedule, DryRun: false, Ticket: 0, slot);
        var key = new TriggerKey($"{bot}-{slot.UtcDateTime:yyyyMMddTHHmmssZ}", SchedulerKeys.ScheduleGroup);
        var trigger = TriggerBuilder.Create(scheduler.TimeProvider)
            .WithIdentity(key)
            .ForJob(SchedulerKeys.BotRun)
            .UsingJobData(run.ToJobData())
            .StartAt(at)
            .WithPriority(ScheduleOptions.BotNames.Count - ScheduleOptions.BotNames.ToList().IndexOf(bot))
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(trigger, default, cancellationToken);
        book.SetPlanned(new PlannedRun(bot, slot, at, key, basis));
        LogPlanned(bot, TimeZoneInfo.ConvertTime(at, settings.TimeZone.Zone).ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture), schedule.Cron.Text);
    }

    /// <inheritdoc/>
    public void Dispose() => _gate.Dispose();

    // What a planned start depends on: a reload that changes none of it keeps the start (and its drawn delay).
    private string Basis(string bot, AppConfig settings)
    {
        var schedule = settings.Schedule.For(bot);
        return string.Join('|', schedule.Enabled && executor.Bots.Contains(bot), schedule.Cron.QuartzExpression, settings.Schedule.Jitter, settings.TimeZone.Zone.Id);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{BotName} planned for {At} (cron {Cron})")]
    private partial void LogPlanned(string botName, string at, string cron);

    [LoggerMessage(Level = LogLevel.Information, Message = "{BotName} is not scheduled: {Reason}")]
    private partial void LogNotPlanned(string botName, string reason);
}
