namespace LinkedInAuto.Browser;

/// <summary>A process as seen in `/proc` at one instant.</summary>
/// <param name="Pid">The process id.</param>
/// <param name="ParentPid">The parent's process id (1 or a subreaper once orphaned).</param>
/// <param name="ProcessGroupId">The process group; Playwright starts Chromium as the leader of its own group.</param>
/// <param name="State">The state letter from `/proc/PID/stat` (R, S, D, Z…).</param>
/// <param name="StartTime">Clock ticks since boot at which the process started; with the pid it names the process even after pid reuse.</param>
/// <param name="Command">The kernel's short command name (`comm`).</param>
/// <param name="Arguments">The command line's arguments; empty for zombies and kernel threads.</param>
public sealed record ProcessInfo(int Pid, int ParentPid, int ProcessGroupId, char State, ulong StartTime, string Command, IReadOnlyList<string> Arguments)
{
    /// <summary>Gets a value indicating whether the process has exited and only waits to be reaped (it holds no memory).</summary>
    public bool IsZombie => State is 'Z' or 'X';

    /// <summary>Gets the identity that survives pid reuse.</summary>
    public ProcessIdentity Identity => new(Pid, StartTime);

    /// <summary>Gets the executable path as started (the first argument).</summary>
    public string Executable => Arguments.Count > 0 ? Arguments[0] : string.Empty;

    /// <summary>Gets the arguments joined by spaces, for logs.</summary>
    public string CommandLine => string.Join(' ', Arguments);
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
