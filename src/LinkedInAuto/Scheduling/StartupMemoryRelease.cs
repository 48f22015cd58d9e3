using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Scheduling;

/// <summary>Once, a few seconds after READY=1: gives back what start-up left (the EF Core model build, the config
/// parse, the migration check), as <see cref="MemoryRelease"/> does after each run, so the daemon idles smaller.</summary>
/// <remarks>After READY=1, so readiness never waits for it (bench/README.md measures the idle daemon).</remarks>
internal sealed partial class StartupMemoryRelease(IHostApplicationLifetime lifetime, TimeProvider time, ILogger<StartupMemoryRelease> logger) : BackgroundService
{
    /// <summary>How long after READY=1: the hosted services' first timers and the first status requests have passed.</summary>
    internal static readonly TimeSpan Delay = TimeSpan.FromSeconds(5);

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            await started.Task;
        }

        await Task.Delay(Delay, time, stoppingToken);
        var before = ProcessMemory.ResidentMb();
        MemoryRelease.Release();
        LogReleased(before, ProcessMemory.ResidentMb());
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "After start-up: daemon RSS {RssBeforeMb} MiB before releasing memory, {RssAfterMb} MiB after")]
    private partial void LogReleased(long rssBeforeMb, long rssAfterMb);
}
