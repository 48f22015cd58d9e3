using LinkedInAuto.Systemd;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Daemon;

/// <summary>The daemon's core loop: keeps the status line current and proves to the watchdog that the daemon makes progress.</summary>
/// <remarks>
/// The watchdog pinger only pings while every registered source beats (docs/architecture.md, "Liveness and the watchdog"): if this loop hangs, or a
/// component it checks reports itself stuck, systemd stops receiving WATCHDOG=1 and restarts the service.
/// </remarks>
internal sealed class DaemonSupervisor(
    LivenessMonitor liveness, StatusReporter status, IEnumerable<IStatusSource> sources, TimeProvider time, ILogger<DaemonSupervisor> logger)
    : BackgroundService
{
    /// <summary>The liveness source name of this loop.</summary>
    public const string Source = "supervisor";

    /// <summary>The loop period.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(1);

    /// <inheritdoc/>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        liveness.Register(Source, TimeSpan.FromSeconds(30));
        liveness.Beat(Source);
        return base.StartAsync(cancellationToken);
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, time);
        do
        {
            try
            {
                var line = sources.LastOrDefault()?.Describe() ?? "idle";
                if (status.SetStatus(line))
                {
                    logger.LogDebug("Status: {Status}", line);
                }

                liveness.Beat(Source);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One bad iteration must not end the loop; the watchdog decides if it keeps failing.
                logger.LogError(ex, "Supervisor iteration failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
