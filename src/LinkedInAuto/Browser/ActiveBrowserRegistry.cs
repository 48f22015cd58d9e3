namespace LinkedInAuto.Browser;

/// <summary>The browsers the daemon runs now, so the orphan reaper can tell a live run's processes from leftovers.</summary>
public sealed class ActiveBrowserRegistry
{
    private readonly Lock _lock = new();
    private readonly List<ActiveBrowserRun> _runs = [];

    /// <summary>Gets a copy of the active runs.</summary>
    public IReadOnlyList<ActiveBrowserRun> Runs
    {
        get
        {
            lock (_lock)
            {
                return [.. _runs];
            }
        }
    }

    /// <summary>Tells whether any active run owns <paramref name="process"/> (scans `/proc` once per run).</summary>
    public bool IsOwned(ProcessInfo process) => Runs.Any(run => run.Owns(process));

    /// <summary>Gets the pids of every active run's live processes, scanning `/proc` once per run: for checking many processes.</summary>
    /// <remarks>A process started after this call but before the check is not in the set; it still carries its run's
    /// markers (<see cref="BrowserRunPaths.IsMarked"/>), so check those too, or use <see cref="IsOwned"/>.</remarks>
    public IReadOnlySet<int> OwnedProcessIds() => Runs.SelectMany(run => run.ProcessIds).ToHashSet();

    /// <summary>Adds a run before anything is started; two runs may not share a run id or a profile directory (Chromium locks its profile).</summary>
    internal void Add(ActiveBrowserRun run)
    {
        lock (_lock)
        {
            if (_runs.Any(r => r.Paths.RunId == run.Paths.RunId || r.Paths.ProfileDirectory == run.Paths.ProfileDirectory))
            {
                throw new InvalidOperationException($"a browser is already running for run '{run.Paths.RunId}' or profile '{run.Paths.ProfileDirectory}'");
            }

            _runs.Add(run);
        }
    }

    /// <summary>Removes a run once its processes are gone.</summary>
    internal void Remove(ActiveBrowserRun run)
    {
        lock (_lock)
        {
            _runs.Remove(run);
        }
    }
}
