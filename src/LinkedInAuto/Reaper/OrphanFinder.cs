using LinkedInAuto.Browser;

namespace LinkedInAuto.Reaper;

/// <summary>The one rule for "a browser process of ours that no live run owns", used by the reaper and by `doctor`.</summary>
/// <remarks>
/// <para>In the service (<see cref="FindInService"/>), the unit's cgroup is the proof of ownership: every process in it
/// was started by the daemon, and <c>KillMode=mixed</c> keeps them there. A member is an orphan when it is a browser or
/// driver that no active run owns, or when it is hidden from us (<c>ProtectProc=invisible</c> hides Chromium's
/// sandboxed processes) while no run is active. A readable process that is not a browser — the daemon, the
/// `linkedin-auto reload` of <c>ExecReload=</c> — is never touched.</para>
/// <para>Outside the service (<see cref="FindInProcessTable"/>: the leftovers of foreground runs, and `doctor`, which
/// cannot see the daemon's runs), the process table decides: a browser or driver process of our user is an orphan
/// when its browser tree was re-parented to init or a user manager (`systemd --user` subreaper), or hangs below the
/// daemon itself without a registered run. A tree below any other live program (the daemon, a foreground
/// `linkedin-auto run`) is held, and so is every process sharing its run id (Chromium's crash handler double-forks to
/// init by design). Profiles and crash directories outside our runtime directory are somebody else's Chromium.</para>
/// </remarks>
public sealed class OrphanFinder(int selfPid, int uid, string runtimeDirectory, Func<int, int?> uidOf, Func<int, string?> runIdVariableOf)
{
    // The daemon's `comm`: it may be PID 1 itself in a container without an init.
    private const string DaemonCommand = "linkedin-auto";
    private static readonly string[] s_markers = ["--user-data-dir=", "--database="];
    private readonly string _runMarker = Path.TrimEndingDirectorySeparator(runtimeDirectory) + "/" + BrowserRunPaths.DirectoryPrefix;

    /// <summary>For this process: our pid and uid, run ids from <c>/proc/PID/environ</c>.</summary>
    public static OrphanFinder ForThisProcess(string runtimeDirectory) =>
        new(Environment.ProcessId, ProcessTree.TryReadUid(Environment.ProcessId) ?? -1, runtimeDirectory, ProcessTree.TryReadUid, ProcessEnvironment.RunIdOf);

    /// <summary>Orphans among the members of the service's cgroup.</summary>
    /// <param name="members">The pids in the unit's <c>cgroup.procs</c>.</param>
    /// <param name="snapshot">The process table (hidden processes are missing from it).</param>
    /// <param name="ownedByActiveRun">Whether an active run owns a process.</param>
    /// <param name="anyRunActive">Whether a run is in progress (then a hidden process may be its renderer).</param>
    public IReadOnlyList<Orphan> FindInService(IReadOnlyList<int> members, IReadOnlyList<ProcessInfo> snapshot, Func<ProcessInfo, bool> ownedByActiveRun, bool anyRunActive)
    {
        var byPid = snapshot.ToDictionary(p => p.Pid);
        var orphans = new List<Orphan>();
        foreach (var pid in members.Where(pid => pid != selfPid))
        {
            if (!byPid.TryGetValue(pid, out var process))
            {
                if (!anyRunActive)
                {
                    orphans.Add(new Orphan(pid, null, null));
                }

                continue;
            }

            if (!process.IsZombie && BrowserProcessNames.IsBrowserOrDriver(process) && !ownedByActiveRun(process))
            {
                orphans.Add(new Orphan(pid, process, RunIdOf(process)));
            }
        }

        return orphans;
    }

    /// <summary>Orphans in the process table, and the run ids of live trees that are not orphans (their directories stay).</summary>
    /// <param name="snapshot">The process table.</param>
    /// <param name="ownedByActiveRun">Whether an active run of this process owns a process (`doctor` knows none).</param>
    /// <param name="activeRunIds">The run ids of this process's active runs.</param>
    public (IReadOnlyList<Orphan> Orphans, IReadOnlySet<string> HeldRunIds) FindInProcessTable(
        IReadOnlyList<ProcessInfo> snapshot, Func<ProcessInfo, bool> ownedByActiveRun, IReadOnlySet<string> activeRunIds)
    {
        var byPid = snapshot.ToDictionary(p => p.Pid);
        var held = new HashSet<string>(StringComparer.Ordinal);
        var orphans = new List<Orphan>();
        foreach (var process in snapshot)
        {
            if (process.Pid == selfPid || process.IsZombie || !BrowserProcessNames.IsBrowserOrDriver(process) || uidOf(process.Pid) != uid)
            {
                continue;
            }

            var runId = RunIdOf(process);
            if (ownedByActiveRun(process) || (runId is not null && activeRunIds.Contains(runId)))
            {
                continue;
            }

            if (!IsOrphaned(process, byPid))
            {
                if (runId is not null)
                {
                    held.Add(runId);
                }

                continue;
            }

            if (!MarkedOutsideRuntime(process))
            {
                orphans.Add(new Orphan(process.Pid, process, runId));
            }
        }

        return ([.. orphans.Where(o => o.RunId is null || !held.Contains(o.RunId))], held);
    }

    // The top of the process's browser tree hangs below init, a user manager, nothing, or this process itself.
    private bool IsOrphaned(ProcessInfo process, Dictionary<int, ProcessInfo> byPid)
    {
        var top = process;
        while (byPid.TryGetValue(top.ParentPid, out var parent) && BrowserProcessNames.IsBrowserOrDriver(parent))
        {
            top = parent;
        }

        if (top.ParentPid == selfPid || !byPid.TryGetValue(top.ParentPid, out var holder) || holder.IsZombie)
        {
            return true;
        }

        return holder.Command == "systemd" || (holder.Pid is 0 or 1 && holder.Command != DaemonCommand);
    }

    // The run id: the driver's environment (its only mark), else the run directory in a profile or crash database path.
    private string? RunIdOf(ProcessInfo process)
    {
        if (runIdVariableOf(process.Pid) is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment;
        }

        var commandLine = process.CommandLine;
        var at = commandLine.IndexOf(_runMarker, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var start = at + _runMarker.Length;
        var end = start;
        while (end < commandLine.Length && (char.IsAsciiLetterOrDigit(commandLine[end]) || commandLine[end] is '-' or '_'))
        {
            end++;
        }

        return end > start ? commandLine[start..end] : null;
    }

    private bool MarkedOutsideRuntime(ProcessInfo process)
    {
        foreach (var word in process.CommandLine.Split(' '))
        {
            foreach (var marker in s_markers)
            {
                if (word.StartsWith(marker, StringComparison.Ordinal) && !word[marker.Length..].StartsWith(runtimeDirectory + "/", StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}

/// <summary>A process no live run owns.</summary>
/// <param name="Pid">Its pid.</param>
/// <param name="Process">What the process table says of it; null when it is hidden from us.</param>
/// <param name="RunId">The run it was started for, when known.</param>
public sealed record Orphan(int Pid, ProcessInfo? Process, string? RunId);
