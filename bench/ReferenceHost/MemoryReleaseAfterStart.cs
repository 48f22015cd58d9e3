using System.Runtime;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Hosting;

namespace ReferenceHost;

/// <summary>The tuned reference (REFERENCE_HOST_TUNED=1): 5 s after READY=1, what the product does then (its
/// StartupMemoryRelease): a compacting full collection, then malloc_trim(3).</summary>
internal sealed partial class MemoryReleaseAfterStart(IHostApplicationLifetime lifetime) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            await started.Task;
        }

        await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        _ = MallocTrim(0);
    }

    [LibraryImport("libc", EntryPoint = "malloc_trim")]
    private static partial int MallocTrim(nuint pad);
}
