using LinkedInAuto.Browser;

namespace LinkedInAuto.Doctor;

/// <summary>Browser processes (Playwright driver, Chromium and its helpers) left behind by a run whose owner is gone.</summary>
/// <remarks>
/// The doctor is a separate process: it cannot ask the daemon's <see cref="ActiveBrowserRegistry"/>. A process belongs to
/// run R when it carries `$RUNTIME_DIRECTORY/browser-R` on its command line (<see cref="BrowserRunPaths"/>) or
/// `LINKEDIN_AUTO_BROWSER_RUN=R` in its environment (<see cref="ChildEnvironment.RunIdVariable"/>, the driver's only mark).
/// A run is live while one of its processes is the child of a live process outside the run other than init (PID 1) or
/// a `systemd` (user manager) subreaper: the daemon, or `linkedin-auto run`, that started its driver. Once that owner died
/// its processes were re-parented to init or a subreaper, and the run is an orphan.
/// Kept to this one type so the reaper's own detection can replace it.
/// </remarks>
public sealed class OrphanBrowserFinder
{
    // The daemon's `comm`; it may be PID 1 itself in a container without an init.
    private const string DaemonCommand = "linkedin-auto";

    private readonly string _marker;
    private readonly uint _userId;
    private readonly Func<IReadOnlyList<ProcessInfo>> _snapshot;
    private readonly Func<int, int?> _readUid;
    private readonly Func<int, string?> _readRunVariable;

    /// <summary>Initializes a new instance of the <see cref="OrphanBrowserFinder"/> class for this machine.</summary>
    public OrphanBrowserFinder(string runtimeDirectory, uint userId)
        : this(runtimeDirectory, userId, ProcessTree.Snapshot, ProcessTree.TryReadUid, ReadRunVariable)
    {
    }

    // For testing: a process table, owners and environments of one's choosing.
    internal OrphanBrowserFinder(string runtimeDirectory, uint userId, Func<IReadOnlyList<ProcessInfo>> snapshot, Func<int, int?> readUid, Func<int, string?> readRunVariable)
    {
        _marker = Path.TrimEndingDirectorySeparator(runtimeDirectory) + "/" + BrowserRunPaths.DirectoryPrefix;
        _userId = userId;
        _snapshot = snapshot;
        _readUid = readUid;
        _readRunVariable = readRunVariable;
    }

    /// <summary>Finds the orphaned runs and their live processes, by run id.</summary>
    public IReadOnlyList<OrphanBrowserRun> Find()
    {
        var snapshot = _snapshot();
        var byPid = snapshot.ToDictionary(p => p.Pid);
        var runs = snapshot
            .Where(p => !p.IsZombie && p.Pid != Environment.ProcessId && _readUid(p.Pid) is { } uid && (uint)uid == _userId)
            .Select(p => (Process: p, RunId: RunIdOf(p)))
            .Where(p => p.RunId is not null)
            .GroupBy(p => p.RunId!, p => p.Process, StringComparer.Ordinal);
        return runs
            .Where(run => !run.Any(p => IsHeldBy(p, run, byPid)))
            .Select(run => new OrphanBrowserRun(run.Key, run.OrderBy(p => p.Pid).ToList()))
            .OrderBy(run => run.RunId, StringComparer.Ordinal)
            .ToList();
    }

    private static bool IsHeldBy(ProcessInfo process, IEnumerable<ProcessInfo> run, Dictionary<int, ProcessInfo> byPid) =>
        !run.Any(p => p.Pid == process.ParentPid)
        && byPid.TryGetValue(process.ParentPid, out var parent)
        && !parent.IsZombie
        && (parent.Pid != 1 || parent.Command == DaemonCommand)
        && parent.Command != "systemd";

    private string? RunIdOf(ProcessInfo process)
    {
        var commandLine = process.CommandLine;
        var at = commandLine.IndexOf(_marker, StringComparison.Ordinal);
        if (at >= 0)
        {
            var start = at + _marker.Length;
            var end = start;
            while (end < commandLine.Length && (char.IsAsciiLetterOrDigit(commandLine[end]) || commandLine[end] is '-' or '_'))
            {
                end++;
            }

            if (end > start)
            {
                return commandLine[start..end];
            }
        }

        return _readRunVariable(process.Pid) is { Length: > 0 } fromEnvironment ? fromEnvironment : null;
    }

    // /proc/PID/environ: NUL-separated NAME=value, the environment the process started with; readable by its owner and root.
    private static string? ReadRunVariable(int pid)
    {
        try
        {
            var prefix = ChildEnvironment.RunIdVariable + "=";
            return File.ReadAllText($"/proc/{pid}/environ").Split('\0').FirstOrDefault(v => v.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

/// <summary>An orphaned run: its id and the processes still alive.</summary>
/// <param name="RunId">The run id (`browser-RUNID`).</param>
/// <param name="Processes">Its live processes.</param>
public sealed record OrphanBrowserRun(string RunId, IReadOnlyList<ProcessInfo> Processes);
