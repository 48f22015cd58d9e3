using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Platform;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Scheduling;

/// <summary>After a run: gives back what the run left (pooled connections, managed garbage, freed native heap) and logs RSS before and after.</summary>
/// <remarks>Between runs the daemon idles for hours on a 4 GB Pi shared with Chromium's next start; a compacting
/// collection and glibc's malloc_trim(3) return the run's peak to the system instead of keeping it reserved.</remarks>
internal sealed partial class MemoryRelease(ILogger<MemoryRelease> logger) : IRunFinishedHandler
{
    /// <inheritdoc/>
    public Task OnRunFinishedAsync(RunResult result, CancellationToken cancellationToken)
    {
        var before = ProcessMemory.ResidentMb();
        SqliteConnection.ClearAllPools();
        Release();
        LogReleased(result.Bot, before, ProcessMemory.ResidentMb());
        return Task.CompletedTask;
    }

    /// <summary>A compacting full collection, then malloc_trim(3): the managed and native heaps shrink to what is live.</summary>
    internal static void Release()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        TrimNativeHeap();
    }

    private static void TrimNativeHeap()
    {
        try
        {
            _ = LibC.MallocTrim(0);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (musl): nothing to trim this way.
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "After the {BotName} run: daemon RSS {RssBeforeMb} MiB before releasing memory, {RssAfterMb} MiB after")]
    private partial void LogReleased(string botName, long rssBeforeMb, long rssAfterMb);
}
