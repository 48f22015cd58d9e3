using System.Runtime.InteropServices;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Systemd;

/// <summary>Host lifetime for systemd and consoles: readiness/stopping notifications, SIGTERM/SIGINT stop, SIGHUP reload.</summary>
/// <remarks>
/// Shaped after dotnet/runtime's SystemdLifetime. Works identically off systemd; the notifier is then silent.
/// </remarks>
public sealed partial class SystemdLifetime : IHostLifetime, IDisposable
{
    /// <summary>Status line set at readiness when nobody reported a more specific one.</summary>
    public const string RunningStatus = "Running";

    private readonly IHostApplicationLifetime _applicationLifetime;
    private readonly StatusReporter _status;
    private readonly ISystemdNotifier _notifier;
    private readonly ReloadCoordinator _reloads;
    private readonly ILogger<SystemdLifetime> _logger;
    private readonly List<PosixSignalRegistration> _signals = [];
    private CancellationTokenRegistration _startedRegistration;
    private CancellationTokenRegistration _stoppingRegistration;

    /// <summary>Creates the lifetime.</summary>
    public SystemdLifetime(
        IHostApplicationLifetime applicationLifetime,
        StatusReporter status,
        ISystemdNotifier notifier,
        ReloadCoordinator reloads,
        ILogger<SystemdLifetime> logger)
    {
        _applicationLifetime = applicationLifetime;
        _status = status;
        _notifier = notifier;
        _reloads = reloads;
        _logger = logger;
    }

    /// <inheritdoc/>
    public Task WaitForStartAsync(CancellationToken cancellationToken)
    {
        // ApplicationStarted fires after every IHostedService.StartAsync completed, so READY=1 covers migrations
        // and scheduler start (sd_notify(3): only send READY=1 once the service can do its job).
        _startedRegistration = _applicationLifetime.ApplicationStarted.Register(
            static state => ((SystemdLifetime)state!).OnApplicationStarted(), this);
        _stoppingRegistration = _applicationLifetime.ApplicationStopping.Register(
            static state => ((SystemdLifetime)state!).OnApplicationStopping(), this);

        // systemd stops a service with SIGTERM (systemd.kill(5)); SIGINT is Ctrl+C in a terminal; SIGHUP is the
        // reload request of `kill -HUP` by hand or Type=notify-reload's ReloadSignal= default (the unit's ExecReload=
        // uses `linkedin-auto reload` over the control socket instead, to hear the outcome).
        _signals.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, HandleStopSignal));
        _signals.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, HandleStopSignal));
        _signals.Add(PosixSignalRegistration.Create(PosixSignal.SIGHUP, HandleReloadSignal));
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs a reload exactly as SIGHUP would; returns its outcome.</summary>
    internal Task<ReloadOutcome> ReloadAsync() => _reloads.RequestReloadAsync(); // For testing

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var signal in _signals)
        {
            signal.Dispose();
        }

        _signals.Clear();
        _startedRegistration.Dispose();
        _stoppingRegistration.Dispose();
    }

    private void OnApplicationStarted()
    {
        LogStarted(_logger, _notifier.IsEnabled);
        if (string.Equals(_status.Current, StatusReporter.InitialStatus, StringComparison.Ordinal))
        {
            _status.Update(RunningStatus);
        }

        _status.NotifyWithStatus(ServiceState.Ready);
        _reloads.MarkStarted();
    }

    private void OnApplicationStopping()
    {
        LogStopping(_logger);
        _status.EnterStopping("Stopping");
    }

    private void HandleStopSignal(PosixSignalContext context)
    {
        // Cancel the runtime's default (immediate exit) and stop gracefully: browsers get closed first.
        context.Cancel = true;
        LogStopSignal(_logger, context.Signal);
        _applicationLifetime.StopApplication();
    }

    private void HandleReloadSignal(PosixSignalContext context)
    {
        context.Cancel = true; // SIGHUP's default action would terminate the process
        LogReloadSignal(_logger, context.Signal);
        _ = _reloads.RequestReloadAsync(); // never faults; logs its own outcome
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Application started (systemd notify socket present: {NotifySocketPresent})")]
    private static partial void LogStarted(ILogger logger, bool notifySocketPresent);

    [LoggerMessage(Level = LogLevel.Information, Message = "Application is shutting down")]
    private static partial void LogStopping(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Received {Signal}, stopping")]
    private static partial void LogStopSignal(ILogger logger, PosixSignal signal);

    [LoggerMessage(Level = LogLevel.Information, Message = "Received {Signal}, reloading the configuration")]
    private static partial void LogReloadSignal(ILogger logger, PosixSignal signal);
}
