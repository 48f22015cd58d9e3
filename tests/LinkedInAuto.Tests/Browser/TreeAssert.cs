using LinkedInAuto.Browser;

namespace LinkedInAuto.Tests.Browser;

/// <summary>Checks, by walking `/proc`, that nothing of a run's browser remains.</summary>
internal static class TreeAssert
{
    /// <summary>Records the identities (pid + start time) of a session's processes, to check later.</summary>
    internal static IReadOnlyList<ProcessIdentity> Record(BrowserSession session)
    {
        var identities = session.ProcessIds.Select(ProcessTree.TryRead).OfType<ProcessInfo>().Select(p => p.Identity).ToList();
        Assert.Contains(identities, i => i.Pid == session.DriverProcessId);
        return identities;
    }

    /// <summary>Reads a process's environment, or an empty one when it is gone.</summary>
    internal static IReadOnlyDictionary<string, string> EnvironmentOf(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/environ").Split('\0', StringSplitOptions.RemoveEmptyEntries)
                .Select(v => v.Split('=', 2)).Where(kv => kv.Length == 2).GroupBy(kv => kv[0]).ToDictionary(g => g.Key, g => g.First()[1]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new Dictionary<string, string>();
        }
    }

    /// <summary>Asserts that no recorded process is alive, no process carries the run's markers, and the run directory is gone.</summary>
    internal static void Gone(BrowserRunPaths paths, IReadOnlyList<ProcessIdentity> recorded)
    {
        Assert.DoesNotContain(recorded, ProcessTree.IsAlive);
        Assert.DoesNotContain(ProcessTree.Snapshot(), p => !p.IsZombie && (paths.IsMarked(p) || p.CommandLine.Contains(paths.RunDirectory, StringComparison.Ordinal)));
        Assert.False(Directory.Exists(paths.RunDirectory), $"{paths.RunDirectory} still exists");
    }
}
