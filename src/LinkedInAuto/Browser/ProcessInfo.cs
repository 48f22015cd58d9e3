namespace LinkedInAuto.Browser;

/// <summary>A process as seen in `/proc` at one instant.</summary>
/// <param name="Pid">The process id.</param>
/// <param name="ParentPid">The parent's process id (1 or a subreaper once orphaned).</param>
/// <param name="ProcessGroupId">The process group; Playwright starts Chromium as the leader of its own group.</param>
/// <param name="State">The state letter from `/proc/PID/stat` (R, S, D, Z…).</param>
/// <param name="StartTime">Clock ticks since boot at which the process started; with the pid it names the process even after pid reuse.</param>
/// <param name="Command">The kernel's short command name (`comm`).</param>
/// <param name="Arguments">The command line's arguments; empty for zombies and kernel threads. Chromium's children rewrite
/// theirs into one space-separated string (setproctitle), so match with <see cref="HasArgument"/>, not by index.</param>
public sealed record ProcessInfo(int Pid, int ParentPid, int ProcessGroupId, char State, ulong StartTime, string Command, IReadOnlyList<string> Arguments)
{
    /// <summary>Gets a value indicating whether the process has exited and only waits to be reaped (it holds no memory).</summary>
    public bool IsZombie => State is 'Z' or 'X';

    /// <summary>Gets the identity that survives pid reuse.</summary>
    public ProcessIdentity Identity => new(Pid, StartTime);

    /// <summary>Gets the executable path as started: the first argument, or its first word once rewritten by setproctitle.</summary>
    public string Executable => Arguments switch
    {
        [] => string.Empty,
        [var only] => only.Split(' ', 2)[0],
        [var first, ..] => first,
    };

    /// <summary>Gets the arguments joined by spaces.</summary>
    public string CommandLine => string.Join(' ', Arguments);

    /// <summary>Tells whether <paramref name="argument"/> is one whole argument, whether or not argv was rewritten into one string.</summary>
    public bool HasArgument(string argument) => $" {CommandLine} ".Contains($" {argument} ", StringComparison.Ordinal);
}

/// <summary>A pid plus its start time: two processes that reuse a pid differ in start time.</summary>
/// <param name="Pid">The process id.</param>
/// <param name="StartTime">Clock ticks since boot at which the process started.</param>
public readonly record struct ProcessIdentity(int Pid, ulong StartTime);

/// <summary>The result of sending a signal.</summary>
public enum SignalResult
{
    /// <summary>The signal was delivered.</summary>
    Sent,

    /// <summary>The process no longer exists (or its pid now names another process).</summary>
    Gone,

    /// <summary>The process belongs to another user.</summary>
    Denied,
}
