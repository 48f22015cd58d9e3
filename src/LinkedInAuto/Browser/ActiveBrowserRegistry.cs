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

    /// <summary>Tells whether any active run owns <paramref name="process"/>.</summary>
    public bool IsOwned(ProcessInfo process) => Runs.Any(run => run.Owns(process));

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
