using LinkedInAuto.Systemd;
using Quartz;

namespace LinkedInAuto.Scheduling;

/// <summary>A job Quartz fires every few seconds: each firing proves the scheduler thread and its pool still work.</summary>
/// <remarks>If Quartz hangs, the <see cref="Source"/> stops beating and the watchdog pings stop (systemd then restarts us).
/// During a run the single thread is busy by design; <see cref="RunCoordinator"/> beats in its place and the run has its own source.</remarks>
[DisallowConcurrentExecution]
internal sealed class SchedulerHeartbeat(LivenessMonitor liveness) : IJob
{
    /// <summary>The liveness source name.</summary>
    public const string Source = "scheduler";

    /// <summary>How often the heartbeat fires.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(10);

    /// <summary>How long the scheduler may stay silent.</summary>
    public static readonly TimeSpan MaxSilence = TimeSpan.FromSeconds(60);

    /// <inheritdoc/>
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        liveness.Beat(Source);
        return ValueTask.CompletedTask;
    }
}
