using LinkedInAuto.Browser;
using LinkedInAuto.Reaper;

namespace LinkedInAuto.Doctor;

/// <summary>Leftover browsers of runs whose daemon is gone: they hold the memory the next run needs.</summary>
/// <remarks>The doctor is a separate process and cannot ask the daemon which runs are live, so it applies the reaper's
/// process-table rule (<see cref="OrphanFinder"/>) for the service user: a tree still held by the daemon is not an orphan.</remarks>
public sealed class OrphanCheck : IDoctorCheck
{
    private readonly Func<IReadOnlyList<Orphan>> _find;

    /// <summary>Initializes a new instance of the <see cref="OrphanCheck"/> class.</summary>
    public OrphanCheck(DoctorContext context)
        : this(() => Find(new OrphanFinder(Environment.ProcessId, (int)context.ServiceUser.UserId, context.Directories.RuntimeDirectory, ProcessTree.TryReadUid, ProcessEnvironment.RunIdOf), ProcessTree.Snapshot()))
    {
    }

    // For testing: the orphans of a process table of one's choosing.
    internal OrphanCheck(Func<IReadOnlyList<Orphan>> find) => _find = find;

    /// <inheritdoc/>
    public string Name => "orphans";

    /// <inheritdoc/>
    public bool UsesConfig => false;

    /// <summary>The orphans <paramref name="finder"/> sees in <paramref name="snapshot"/>, without any run of ours to spare.</summary>
    internal static IReadOnlyList<Orphan> Find(OrphanFinder finder, IReadOnlyList<ProcessInfo> snapshot) =>
        finder.FindInProcessTable(snapshot, _ => false, new HashSet<string>(StringComparer.Ordinal)).Orphans;

    /// <inheritdoc/>
    public Task<DoctorResult> RunAsync(CancellationToken cancellationToken)
    {
        var orphans = _find();
        if (orphans.Count == 0)
        {
            return Task.FromResult(DoctorResult.Pass(Name, "no leftover browser processes"));
        }

        var runs = orphans.GroupBy(o => o.RunId ?? "unknown", StringComparer.Ordinal).OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        var pids = runs.SelectMany(r => r.Select(o => o.Pid).Order()).ToList();
        var detail = string.Join("; ", runs.Select(r =>
        {
            var runPids = r.Select(o => o.Pid).Order().ToList();
            return $"run {r.Key}: {runPids.Count} process{(runPids.Count == 1 ? string.Empty : "es")} ({string.Join(", ", runPids.Take(8))}{(runPids.Count > 8 ? ", …" : string.Empty)})";
        }));
        return Task.FromResult(DoctorResult.Warn(
            Name,
            $"{pids.Count} browser process{(pids.Count == 1 ? string.Empty : "es")} left by {runs.Count} finished run{(runs.Count == 1 ? string.Empty : "s")}: {detail}",
            $"`linkedin-auto reap`, or `kill {string.Join(' ', pids)}`"));
    }
}
