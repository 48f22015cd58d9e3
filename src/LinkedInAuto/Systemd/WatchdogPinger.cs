using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Systemd;

/// <summary>Sends <c>WATCHDOG=1</c> every half watchdog period, but only while <see cref="LivenessMonitor"/> says the daemon progresses.</summary>
/// <remarks>
/// Withholding the ping on a stall is the point: systemd then applies <c>Restart=</c> (sd_watchdog_enabled(3)).
/// No-op when <c>WatchdogSec=</c> does not apply to this process or no notify socket is set.
/// </remarks>
/// <param name="environment">The watchdog period and the notify socket.</param>
/// <param name="sender">Sends the pings.</param>
/// <param name="liveness">Says whether the daemon progresses.</param>
/// <param name="timeProvider">Paces the checks.</param>
/// <param name="logger">Logs withheld pings.</param>
public sealed partial class WatchdogPinger(
    SystemdEnvironment environment,
    NotifySender sender,
    LivenessMonitor liveness,
    TimeProvider timeProvider,
    ILogger<WatchdogPinger> logger) : BackgroundService
{
    /// <summary>Raised after every check with true when a ping was sent, false when it was withheld.</summary>
    internal event Action<bool>? Checked; // For testing

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (environment.WatchdogTimeout is not { } timeout || !sender.IsEnabled)
        {
            return;
        }

        // sd_watchdog_enabled(3) recommends pinging every half of the timeout.
        var interval = timeout / 2;
        LogEnabled(logger, timeout, interval);

        // The timer exists before the first check, so a tick can never be missed between check and wait.
        using var timer = new PeriodicTimer(interval, timeProvider);
        var stalled = false;
        try
        {
            do
            {
                stalled = CheckOnce(stalled);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
    }

    private bool CheckOnce(bool wasStalled)
    {
        var stalled = wasStalled;
        var pinged = false;
        try
        {
            var stalledSources = liveness.GetStalledSources();
            stalled = stalledSources.Count > 0;
            if (!stalled)
            {
                pinged = sender.Send(NotifyMessages.Watchdog);
                if (wasStalled)
                {
                    LogResumed(logger);
                }
            }
            else if (!wasStalled)
            {
                LogWithheld(logger, string.Join(", ", stalledSources));
            }
        }
        catch (Exception e)
        {
            // Per-iteration errors are contained (eShop GracePeriodManagerService); the next tick tries again.
            LogCheckFailed(logger, e);
        }

        Checked?.Invoke(pinged);
        return stalled;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watchdog enabled: timeout {WatchdogTimeout}, ping every {PingInterval} while the daemon makes progress")]
    private static partial void LogEnabled(ILogger logger, TimeSpan watchdogTimeout, TimeSpan pingInterval);

    [LoggerMessage(Level = LogLevel.Information, Message = "The daemon makes progress again; watchdog pings resumed")]
    private static partial void LogResumed(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Withholding the watchdog ping: no progress from {StalledSources}; systemd restarts the service if this persists")]
    private static partial void LogWithheld(ILogger logger, string stalledSources);

    [LoggerMessage(Level = LogLevel.Error, Message = "Watchdog check failed")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);
}
