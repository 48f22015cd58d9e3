using LinkedInAuto.SystemBus;
using LinkedInAuto.Systemd;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace LinkedInAuto.Scheduling;

/// <summary>Registers the scheduler: Quartz with one worker, the bots' plans, the run queue and coordinator, pause, catch-up and status.</summary>
public static class SchedulingServiceCollectionExtensions
{
    /// <summary>Adds Quartz (one job, <c>MaxConcurrency = 1</c>, in-memory store) and everything around it.</summary>
    /// <remarks>Needs storage (after <c>AddStorageMaintenance</c>, so the history is migrated before catch-up reads it),
    /// the session, the bots and the systemd integration. Quartz reads the container's <see cref="TimeProvider"/>.</remarks>
    public static IServiceCollection AddScheduling(this IServiceCollection services)
    {
        services.TryAddSingleton<IRunExecutor, BotRunnerExecutor>();
        services.TryAddSingleton<ScheduleJitter>();
        services.TryAddSingleton<MemoryGuard>();
        services.AddSystemBus();
        services.AddSingleton<ScheduleBook>();
        services.AddSingleton<RunTickets>();
        services.AddSingleton<RunBacklog>();
        services.AddSingleton<PauseState>();
        services.AddSingleton<AccountWatch>();
        services.AddSingleton<IRunFinishedHandler>(provider => provider.GetRequiredService<AccountWatch>());
        services.AddSingleton<IRunFinishedHandler, MemoryRelease>();
        services.AddSingleton<BotSchedulePlanner>();
        services.AddSingleton<RunCoordinator>();
        services.AddSingleton<EmergencyStop>();
        services.AddSingleton<DaemonState>();
        services.AddSingleton<IStatusSource>(provider => provider.GetRequiredService<DaemonState>());
        services.AddSingleton<IReloadable, ScheduleReloader>();
        services.AddScoped<BotRunJob>();
        services.AddScoped<SchedulerHeartbeat>();

        services.AddQuartz(quartz =>
        {
            // One worker: bots never overlap, and a firing that finds it busy waits its turn, earliest start first.
            quartz.UseDefaultThreadPool(pool => pool.MaxConcurrency = 1);

            // A waiting trigger is late, not missed: it keeps its place in the queue instead of being re-timed.
            quartz.UseInMemoryStore(store => store.MisfireThreshold = TimeSpan.FromDays(1));
            quartz.AddJob<BotRunJob>(job => job.WithIdentity(SchedulerKeys.BotRun).StoreDurably());
            quartz.AddJob<SchedulerHeartbeat>(job => job.WithIdentity(SchedulerKeys.Heartbeat).StoreDurably());
            quartz.AddTrigger(trigger => trigger
                .WithIdentity(SchedulerKeys.HeartbeatTrigger)
                .ForJob(SchedulerKeys.Heartbeat)
                .StartNow()
                .WithMisfireThreshold(TimeSpan.FromSeconds(5))
                .WithSimpleSchedule(s => s.WithInterval(SchedulerHeartbeat.Period).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
        });
        services.AddHostedService<SchedulerStartup>();
        services.AddQuartzHostedService(options =>
        {
            options.WaitForJobsToComplete = true;
            options.AwaitApplicationStarted = true;
        });
        services.AddHostedService<StartupMemoryRelease>();
        return services;
    }
}
