namespace LinkedInAuto.Logging;

/// <summary>What we can learn about file descriptor 2 without P/Invoke.</summary>
/// <param name="IsRedirected">False when stderr is a terminal.</param>
/// <param name="LinkTarget">Target of the <c>/proc/self/fd/2</c> symlink, e.g. <c>socket:[306630]</c>, <c>pipe:[12]</c> or <c>/dev/pts/0</c>; null when unreadable.</param>
public sealed record StderrProbe(bool IsRedirected, string? LinkTarget)
{
    /// <summary>Probes the current process.</summary>
    public static StderrProbe Current()
    {
        string? target = null;
        try
        {
            target = new FileInfo("/proc/self/fd/2").LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No /proc (not Linux, or hidden): the journal-stream check then simply fails.
        }

        return new StderrProbe(Console.IsErrorRedirected, target);
    }
}
