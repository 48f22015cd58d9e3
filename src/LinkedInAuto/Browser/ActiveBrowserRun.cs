namespace LinkedInAuto.Browser;

/// <summary>A browser the daemon is running right now: what the reaper must leave alone.</summary>
public sealed class ActiveBrowserRun
{
    private BrowserProcessTree? _tree;

    /// <summary>Initializes a new instance of the <see cref="ActiveBrowserRun"/> class.</summary>
    internal ActiveBrowserRun(BrowserRunPaths paths) => Paths = paths;

    /// <summary>Gets the run's id and directories.</summary>
    public BrowserRunPaths Paths { get; }

    /// <summary>Gets the pids of the run's live processes (driver, Chromium, helpers), read from `/proc` now.</summary>
    public IReadOnlyCollection<int> ProcessIds => Volatile.Read(ref _tree)?.Members().Select(p => p.Pid).ToList() ?? [];

    /// <summary>Tells whether <paramref name="process"/> belongs to this run (tree member or carrying the run's markers).</summary>
    public bool Owns(ProcessInfo process) => Paths.IsMarked(process) || ProcessIds.Contains(process.Pid);

    /// <summary>Attaches the process tree once the driver was spawned.</summary>
    internal void Attach(BrowserProcessTree tree) => Volatile.Write(ref _tree, tree);
}
