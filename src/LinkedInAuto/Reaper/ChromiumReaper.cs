using LinkedInAuto.Browser;
using LinkedInAuto.Configuration;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Reaper;

/// <summary>Ends browser and driver processes of ours that belong to no active run (SIGTERM, then SIGKILL after the grace), and deletes stale run directories.</summary>
/// <remarks>In the service, the unit's cgroup decides what is ours; elsewhere the process table does (see
/// <see cref="OrphanFinder"/>): never a process of another user, never a readable process that is not a browser or
/// driver. Runs after each run, every `reaper.interval`, and once for `linkedin-auto reap`.</remarks>
public sealed partial class ChromiumReaper(ActiveBrowserRegistry registry, AppDirectories directories, ConfigStore config, TimeProvider time, ILogger<ChromiumReaper> logger)
    : IDisposable
{
    private static readonly TimeSpan s_poll = TimeSpan.FromMilliseconds(100);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _reapedTotal;

    /// <summary>Gets how many processes this process's reaper ended since start.</summary>
    public long ReapedTotal => Interlocked.Read(ref _reapedTotal);

    /// <inheritdoc/>
    public void Dispose() => _gate.Dispose();

    /// <summary>Runs one pass.</summary>
    public async Task<ReapReport> ReapOnceAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await ReapAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<ReapReport> ReapAsync(CancellationToken cancellationToken)
    {
        var activeRunIds = registry.Runs.Select(r => r.Paths.RunId).ToHashSet(StringComparer.Ordinal);
        var finder = OrphanFinder.ForThisProcess(directories.RuntimeDirectory);
        IReadOnlyList<Orphan> orphans;
        IReadOnlySet<string> heldRunIds;
        if (ServiceCgroup.Members() is { } members)
        {
            orphans = finder.FindInService(members, ProcessTree.Snapshot(), registry.IsOwned, activeRunIds.Count > 0);
            heldRunIds = new HashSet<string>(StringComparer.Ordinal);
        }
        else
        {
            (orphans, heldRunIds) = finder.FindInProcessTable(ProcessTree.Snapshot(), registry.IsOwned, activeRunIds);
        }

        var signalled = orphans.Where(o => Signal(o, ProcessTree.SigTerm) == SignalResult.Sent).ToList();
        var deadline = time.GetTimestamp();
        while (signalled.Any(IsAlive) && time.GetElapsedTime(deadline) < config.Current.Reaper.Grace)
        {
            await Task.Delay(s_poll, time, cancellationToken);
        }

        var killed = new List<ReapedProcess>();
        var terminated = new List<ReapedProcess>();
        foreach (var orphan in signalled)
        {
            var reaped = new ReapedProcess(orphan.Pid, orphan.Process?.Command ?? "hidden", orphan.RunId);
            if (IsAlive(orphan) && Signal(orphan, ProcessTree.SigKill) == SignalResult.Sent)
            {
                killed.Add(reaped);
            }
            else
            {
                terminated.Add(reaped);
            }
        }

        var protectedRuns = new HashSet<string>(activeRunIds.Concat(heldRunIds), StringComparer.Ordinal);
        var removed = RemoveStaleDirectories(protectedRuns);
        var report = new ReapReport(terminated, killed, removed);
        Interlocked.Add(ref _reapedTotal, report.ProcessCount);
        foreach (var process in report.Terminated.Concat(report.Killed))
        {
            LogReaped(process.Pid, process.Command, process.RunId ?? "unknown", report.Killed.Contains(process) ? "SIGKILL" : "SIGTERM");
        }

        foreach (var directory in removed)
        {
            LogRemoved(directory);
        }

        return report;
    }

    // A readable process is signalled only if its pid still names it; a hidden one is known only by its pid in our cgroup.
    private static SignalResult Signal(Orphan orphan, int signal) =>
        orphan.Process is { } process ? ProcessTree.Signal(process.Identity, signal) : ProcessTree.SignalHidden(orphan.Pid, signal);

    private static bool IsAlive(Orphan orphan) =>
        orphan.Process is { } process ? ProcessTree.IsAlive(process.Identity) : ProcessTree.SignalHidden(orphan.Pid, 0) != SignalResult.Gone;

    private List<string> RemoveStaleDirectories(HashSet<string> protectedRuns)
    {
        var removed = new List<string>();
        var live = ProcessTree.Snapshot().Select(p => ProcessEnvironment.RunIdOf(p.Pid)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (Directory.Exists(directories.RuntimeDirectory))
        {
            foreach (var directory in Directory.EnumerateDirectories(directories.RuntimeDirectory, BrowserRunPaths.DirectoryPrefix + "*"))
            {
                var runId = Path.GetFileName(directory)[BrowserRunPaths.DirectoryPrefix.Length..];
                if (!protectedRuns.Contains(runId) && !live.Contains(runId) && TryDelete(directory))
                {
                    removed.Add(directory);
                }
            }
        }

        // Playwright leaves an empty artifacts directory per driver in the temporary directory; none is in use without a driver.
        if (registry.Runs.Count == 0 && live.Count == 0)
        {
            foreach (var directory in Directory.EnumerateDirectories(Path.GetTempPath(), "playwright-artifacts-*"))
            {
                if (time.GetUtcNow() - Directory.GetLastWriteTimeUtc(directory) > TimeSpan.FromHours(1) && TryDelete(directory))
                {
                    removed.Add(directory);
                }
            }
        }

        return removed;
    }

    private bool TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogNotRemoved(directory, ex.Message);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reaped orphaned browser process {Pid} ({Command}, run {RunId}) with {Signal}")]
    private partial void LogReaped(int pid, string command, string runId, string signal);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed stale browser directory {Directory}")]
    private partial void LogRemoved(string directory);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not remove {Directory}: {Reason}")]
    private partial void LogNotRemoved(string directory, string reason);
}
