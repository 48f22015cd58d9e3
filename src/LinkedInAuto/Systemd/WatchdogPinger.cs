using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Systemd;

/// <summary>Sends <c>WATCHDOG=1</c> every half watchdog period, but only while <see cref="LivenessMonitor"/> says the daemon progresses.</summary>
/// <remarks>
/// Withholding the ping on a stall is the point: systemd then applies <c>Restart=</c> (sd_watchdog_enabled(3)).
/// No-op when <c>WatchdogSec=</c> does not apply to this process or no notify socket is set.
/// </remarks>
public sealed partial class WatchdogPinger : BackgroundService
{
    private readonly SystemdEnvironment _environment;
    private readonly NotifySender _sender;
    private readonly LivenessMonitor _liveness;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<WatchdogPinger> _logger;

    /// <summary>Creates the pinger.</summary>
    public WatchdogPinger(
        SystemdEnvironment environment,
        NotifySender sender,
        LivenessMonitor liveness,
        TimeProvider timeProvider,
        ILogger<WatchdogPinger> logger)
    {
        _environment = environment;
        _sender = sender;
        _liveness = liveness;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>Raised after every check with true when a ping was sent, false when it was withheld.</summary>
    internal event Action<bool>? Checked; // For testing

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_environment.WatchdogTimeout is not { } timeout || !_sender.IsEnabled)
        {
            return;
        }

        // sd_watchdog_enabled(3) recommends pinging every half of the timeout.
        var interval = timeout / 2;
        LogEnabled(_logger, timeout, interval);

        // The timer exists before the first check, so a tick can never be missed between check and wait.
        using var timer = new PeriodicTimer(interval, _timeProvider);
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
            var stalledSources = _liveness.GetStalledSources();
            stalled = stalledSources.Count > 0;
            if (!stalled)
            {
                pinged = _sender.Send(NotifyMessages.Watchdog);
                if (wasStalled)
                {
                    LogResumed(_logger);
                }
            }
            else if (!wasStalled)
            {
                LogWithheld(_logger, string.Join(", ", stalledSources));
            }
        }
        catch (Exception e)
        {
            // Per-iteration errors are contained (eShop GracePeriodManagerService); the next tick tries again.
            LogCheckFailed(_logger, e);
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
