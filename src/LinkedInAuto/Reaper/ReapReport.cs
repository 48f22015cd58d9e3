namespace LinkedInAuto.Reaper;

/// <summary>What one pass of the reaper did.</summary>
/// <param name="Terminated">Orphans that exited after SIGTERM.</param>
/// <param name="Killed">Orphans that needed SIGKILL after the grace period.</param>
/// <param name="RemovedDirectories">Stale run and temporary directories deleted.</param>
public sealed record ReapReport(IReadOnlyList<ReapedProcess> Terminated, IReadOnlyList<ReapedProcess> Killed, IReadOnlyList<string> RemovedDirectories)
{
    /// <summary>Gets how many processes were ended.</summary>
    public int ProcessCount => Terminated.Count + Killed.Count;
}

/// <summary>An orphan that was ended.</summary>
/// <param name="Pid">Its pid.</param>
/// <param name="Command">Its `comm`.</param>
/// <param name="RunId">The run it came from (`LINKEDIN_AUTO_BROWSER_RUN`), when known.</param>
public sealed record ReapedProcess(int Pid, string Command, string? RunId);
