using LinkedInAuto.Storage.Maintenance;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Daemon;

/// <summary>Ends the start-up JIT profile once every hosted service has started, just before READY=1: what compiles
/// after it is not start-up.</summary>
/// <remarks>Before READY=1 and not after it: once the host reports started, Quartz begins firing, and a run starting
/// then (a catch-up right after boot) would put bot code into the profile, depending on which came first.</remarks>
internal sealed partial class StartupJitProfileFinisher(StartupJitProfile profile, MigrationRunner migrations, ILogger<StartupJitProfileFinisher> logger) : IHostedLifecycleService
{
    /// <inheritdoc/>
    public Task StartedAsync(CancellationToken cancellationToken)
    {
        LogFinished(profile.Finish(ordinaryStart: !migrations.AppliedMigrations));
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Start-up JIT profile: {JitProfileOutcome}")]
    private partial void LogFinished(string jitProfileOutcome);
}
