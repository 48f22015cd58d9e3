using System.Runtime.InteropServices;
using Microsoft.Extensions.Hosting;
using LinkedInAuto.Platform;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Systemd;

/// <summary>The signals the host's lifetime leaves to us: SIGHUP reloads the configuration, SIGINT stops, SIGTERM is logged.</summary>
/// <remarks>
/// Microsoft.Extensions.Hosting.Systemd's lifetime stops on SIGTERM, the console lifetime on SIGTERM and SIGINT;
/// neither knows SIGHUP, whose default action would end the process. Registered in <see cref="StartingAsync"/>,
/// before any hosted service starts, so a SIGHUP during migrations waits for the reload coordinator instead.
/// </remarks>
internal sealed partial class ServiceSignals(
    ReloadCoordinator reloads, IHostApplicationLifetime lifetime, ILogger<ServiceSignals> logger) : IHostedLifecycleService, IDisposable
{
    private const int SigHup = 1; // the same number on x86-64 and arm64 Linux

    private readonly List<PosixSignalRegistration> _registrations = [];

    /// <inheritdoc/>
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        // SIGHUP means "reload" here, even when whoever started the daemon ignored hangups.
        LibC.UnignoreSignal(SigHup);
        _registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGHUP, OnReload));
        _registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, OnStop));
        _registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnStop));
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _registrations.Clear();
    }

    private void OnReload(PosixSignalContext context)
    {
        context.Cancel = true; // SIGHUP's default action would terminate the process
        LogReloadSignal(logger, context.Signal);
        _ = reloads.RequestReloadAsync(); // never faults; logs its own outcome
    }

    private void OnStop(PosixSignalContext context)
    {
        // Stop gracefully (browsers closed first) instead of the runtime's immediate exit; the lifetimes do the
        // same for the signals they know, and a second StopApplication is harmless.
        context.Cancel = true;
        LogStopSignal(logger, context.Signal);
        lifetime.StopApplication();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Received {Signal}, stopping")]
    private static partial void LogStopSignal(ILogger logger, PosixSignal signal);

    [LoggerMessage(Level = LogLevel.Information, Message = "Received {Signal}, reloading the configuration")]
    private static partial void LogReloadSignal(ILogger logger, PosixSignal signal);
}
