using LinkedInAuto.Browser;

namespace LinkedInAuto.Reaper;

/// <summary>Picks, in one process snapshot, the browser and driver processes of ours that belong to no live run.</summary>
/// <remarks>
/// A candidate is a browser or driver process (by name) of our user. It is left alone when an active run of this
/// daemon owns it (tree member, profile or crash marker, or run id), and when its browser tree hangs below another
/// live program (a foreground `linkedin-auto run`, someone else's Chromium): only trees re-parented to init, or whose
/// parent is this process without a registered run, are orphans. An orphan sharing its run id with such a live tree
/// (a crash handler double-forks to init by design), or marked with a profile or crash directory outside our runtime
/// directory, is not ours either.
/// </remarks>
internal sealed class OrphanFinder(int selfPid, int uid, string runtimeDirectory, Func<int, int?> uidOf, Func<int, string?> runIdOf, Func<ProcessInfo, bool> ownedByActiveRun, IReadOnlySet<string> activeRunIds)
{
    private static readonly string[] s_markers = ["--user-data-dir=", "--database="];

    /// <summary>Finds the orphans and the run ids of live trees that are not ours.</summary>
    public (IReadOnlyList<(ProcessInfo Process, string? RunId)> Orphans, IReadOnlySet<string> ForeignRunIds) Find(IReadOnlyList<ProcessInfo> snapshot)
    {
        var byPid = snapshot.ToDictionary(p => p.Pid);
        var foreign = new HashSet<string>(StringComparer.Ordinal);
        var orphans = new List<(ProcessInfo, string?)>();
        foreach (var process in snapshot)
        {
            if (process.Pid == selfPid || process.IsZombie || !BrowserProcessNames.IsBrowserOrDriver(process) || uidOf(process.Pid) != uid)
            {
                continue;
            }

            var runId = runIdOf(process.Pid);
            if (ownedByActiveRun(process) || (runId is not null && activeRunIds.Contains(runId)))
            {
                continue;
            }

            var top = process;
            while (byPid.TryGetValue(top.ParentPid, out var parent) && BrowserProcessNames.IsBrowserOrDriver(parent))
            {
                top = parent;
            }

            var orphaned = top.ParentPid is 0 or 1 || top.ParentPid == selfPid || !byPid.ContainsKey(top.ParentPid);
            if (!orphaned)
            {
                if (runId is not null)
                {
                    foreign.Add(runId);
                }

                continue;
            }

            if (!MarkedOutsideRuntime(process))
            {
                orphans.Add((process, runId));
            }
        }

        return ([.. orphans.Where(o => o.Item2 is null || !foreign.Contains(o.Item2))], foreign);
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
