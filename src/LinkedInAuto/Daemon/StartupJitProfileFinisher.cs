using LinkedInAuto.Storage.Maintenance;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Daemon;

/// <summary>Ends the start-up JIT profile once READY=1 is out: what compiles after it (runs, reloads) is not start-up.</summary>
internal sealed partial class StartupJitProfileFinisher(StartupJitProfile profile, MigrationRunner migrations, IHostApplicationLifetime lifetime, ILogger<StartupJitProfileFinisher> logger) : BackgroundService
{
    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            await started.Task;
        }

        LogFinished(profile.Finish(ordinaryStart: !migrations.AppliedMigrations));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Start-up JIT profile: {JitProfileOutcome}")]
    private partial void LogFinished(string jitProfileOutcome);
}
