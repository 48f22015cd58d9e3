using Quartz;

namespace LinkedInAuto.Scheduling;

/// <summary>The Quartz identities of the daemon's jobs and triggers, and the job data names of a queued run.</summary>
/// <remarks>
/// One durable job runs every bot; each firing is one trigger carrying the run in its job data. Triggers of the
/// <see cref="ScheduleGroup"/> are the bots' planned starts (one per bot, re-planned by the job itself); triggers of the
/// <see cref="QueueGroup"/> are runs asked for now (manual, catch-up, postponed), cleared by `linkedin-auto stop`.
/// </remarks>
public static class SchedulerKeys
{
    /// <summary>The group of the planned, cron-derived starts.</summary>
    public const string ScheduleGroup = "schedule";

    /// <summary>The group of runs waiting to start now (manual, catch-up, postponed).</summary>
    public const string QueueGroup = "queue";

    /// <summary>Gets the job that runs a bot.</summary>
    public static JobKey BotRun { get; } = new("bot-run", "linkedin-auto");

    /// <summary>Gets the job that proves the scheduler fires triggers.</summary>
    public static JobKey Heartbeat { get; } = new("heartbeat", "linkedin-auto");

    /// <summary>Gets the heartbeat's trigger.</summary>
    public static TriggerKey HeartbeatTrigger { get; } = new("heartbeat", "linkedin-auto");
}
