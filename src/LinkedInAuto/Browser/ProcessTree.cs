namespace LinkedInAuto.Browser;

/// <summary>Reads the process table and signals processes: the primitives behind browser teardown and the orphan reaper.</summary>
/// <remarks>The `/proc` and `kill(2)` parts live in ProcessTree.Linux.cs; this part is the platform-neutral graph walk.</remarks>
public static partial class ProcessTree
{
    /// <summary>SIGTERM: asks a process to exit.</summary>
    public const int SigTerm = 15;

    /// <summary>SIGKILL: ends a process at once; it cannot be caught.</summary>
    public const int SigKill = 9;

    /// <summary>Lists every process reachable through parent links from <paramref name="rootPid"/>, excluding the root.</summary>
    /// <remarks>Breadth-first over one snapshot, so a process re-parented mid-walk is seen at most once.</remarks>
    public static IReadOnlyList<ProcessInfo> Descendants(IReadOnlyList<ProcessInfo> snapshot, int rootPid)
    {
        var children = snapshot.ToLookup(p => p.ParentPid);
        var result = new List<ProcessInfo>();
        var seen = new HashSet<int> { rootPid };
        var queue = new Queue<int>([rootPid]);
        while (queue.TryDequeue(out var pid))
        {
            foreach (var child in children[pid])
            {
                if (seen.Add(child.Pid))
                {
                    result.Add(child);
                    queue.Enqueue(child.Pid);
                }
            }
        }

        return result;
    }

    /// <summary>Tells whether the process named by <paramref name="identity"/> still runs (a zombie does not).</summary>
    public static bool IsAlive(ProcessIdentity identity) =>
        TryRead(identity.Pid) is { } process && process.StartTime == identity.StartTime && !process.IsZombie;
}
