namespace LinkedInAuto.Browser;

/// <summary>Every process one run started: the driver, Chromium and its helpers, even once re-parented away.</summary>
/// <remarks>
/// Membership is the union of four tests, because each one misses something: descendants of the driver and of the
/// browser (lost when a parent dies and its children move to init); command lines carrying this run's
/// `--user-data-dir=` or crash `--database=` (missing on the headless shell's zygotes); the browser's process group
/// (Playwright starts Chromium as a group leader, and children keep the group when re-parented); and every process
/// seen before, by pid and start time.
/// </remarks>
internal sealed class BrowserProcessTree
{
    private static readonly TimeSpan s_pollInterval = TimeSpan.FromMilliseconds(50);

    private readonly BrowserRunPaths _paths;
    private readonly string _executable;
    private readonly HashSet<ProcessIdentity> _seen = [];
    private readonly Lock _lock = new();
    private ProcessIdentity? _browser;
    private int? _browserGroup;

    /// <summary>Initializes a new instance of the <see cref="BrowserProcessTree"/> class.</summary>
    internal BrowserProcessTree(ProcessIdentity driver, BrowserRunPaths paths, string executable)
    {
        Driver = driver;
        _paths = paths;
        _executable = executable;
        _seen.Add(driver);
    }

    /// <summary>Gets the driver process.</summary>
    internal ProcessIdentity Driver { get; }

    /// <summary>Gets the browser's main process, once <see cref="RecordBrowser"/> found it.</summary>
    internal ProcessIdentity? Browser => _browser;

    /// <summary>Finds the browser's main process (the driver's child with our profile and no --type) and records it.</summary>
    internal void RecordBrowser()
    {
        var browser = Members().FirstOrDefault(p =>
            p.ParentPid == Driver.Pid && _paths.IsMarked(p) && !p.CommandLine.Contains(" --type=", StringComparison.Ordinal));
        lock (_lock)
        {
            _browser = browser?.Identity;
            _browserGroup = browser?.ProcessGroupId;
        }
    }

    /// <summary>Lists the run's live processes (zombies excluded) and remembers them for later sweeps.</summary>
    internal IReadOnlyList<ProcessInfo> Members()
    {
        var snapshot = ProcessTree.Snapshot();
        lock (_lock)
        {
            var members = new Dictionary<int, ProcessInfo>();
            foreach (var root in new[] { Driver, _browser }.OfType<ProcessIdentity>())
            {
                if (snapshot.FirstOrDefault(p => p.Identity == root) is { } alive)
                {
                    members[alive.Pid] = alive;
                    foreach (var child in ProcessTree.Descendants(snapshot, root.Pid))
                    {
                        members[child.Pid] = child;
                    }
                }
            }

            foreach (var process in snapshot)
            {
                if (_paths.IsMarked(process) || _seen.Contains(process.Identity) ||
                    (process.ProcessGroupId == _browserGroup && process.Executable == _executable))
                {
                    members[process.Pid] = process;
                }
            }

            var live = members.Values.Where(p => !p.IsZombie && p.Pid != Environment.ProcessId).ToList();
            _seen.UnionWith(live.Select(p => p.Identity));
            return live;
        }
    }

    /// <summary>Waits up to <paramref name="grace"/> for the processes to exit, SIGKILLs what is left, then waits for that.</summary>
    /// <returns>The processes still alive at the deadline (empty on success).</returns>
    internal async Task<IReadOnlyList<ProcessInfo>> TerminateAsync(TimeSpan grace, TimeSpan killWait, TimeProvider time)
    {
        var start = time.GetTimestamp();
        var killed = false;
        while (true)
        {
            var members = Members();
            var elapsed = time.GetElapsedTime(start);
            if (members.Count == 0 || elapsed >= grace + killWait)
            {
                return members;
            }

            if (elapsed >= grace || killed)
            {
                // Re-sent on every pass: a renderer forked late, or a child re-parented mid-pass, is caught next time.
                foreach (var process in members)
                {
                    ProcessTree.Signal(process.Identity, ProcessTree.SigKill);
                }

                killed = true;
            }

            await Task.Delay(s_pollInterval, time);
        }
    }
}
