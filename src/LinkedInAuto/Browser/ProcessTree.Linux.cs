using System.Globalization;
using System.Runtime.InteropServices;
using LinkedInAuto.Platform;

namespace LinkedInAuto.Browser;

/// <content>The Linux implementation: `/proc/PID/stat`, `/proc/PID/cmdline`, `/proc/PID/status` and `kill(2)`.</content>
public static partial class ProcessTree
{
    private const int Esrch = 3;
    private const int Eperm = 1;

    /// <summary>Reads every process visible in `/proc`; processes that exit while being read are skipped.</summary>
    public static IReadOnlyList<ProcessInfo> Snapshot()
    {
        var result = new List<ProcessInfo>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && TryRead(pid) is { } process)
            {
                result.Add(process);
            }
        }

        return result;
    }

    /// <summary>Reads one process, or returns null when it does not exist (any more).</summary>
    public static ProcessInfo? TryRead(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");

            // proc(5): "comm" is in parentheses and may itself hold spaces and parentheses, so split after the last ')'.
            var open = stat.IndexOf('(', StringComparison.Ordinal);
            var close = stat.LastIndexOf(')');
            var fields = stat[(close + 2)..].Split(' ');

            // Fields are numbered from 1 in proc(5); fields[0] is field 3 (state), so field N is fields[N - 3].
            return new ProcessInfo(
                pid,
                ParentPid: int.Parse(fields[4 - 3], CultureInfo.InvariantCulture),
                ProcessGroupId: int.Parse(fields[5 - 3], CultureInfo.InvariantCulture),
                State: fields[3 - 3][0],
                StartTime: ulong.Parse(fields[22 - 3], CultureInfo.InvariantCulture),
                Command: stat[(open + 1)..close],
                Arguments: File.ReadAllText($"/proc/{pid}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The process exited between listing and reading (ENOENT/ESRCH surface as IOException).
            return null;
        }
    }

    /// <summary>Reads the real user id of a process, or null when it is gone.</summary>
    public static int? TryReadUid(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("Uid:", StringComparison.Ordinal))
                {
                    return int.Parse(line.Split('\t', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }

        return null;
    }

    /// <summary>Sends <paramref name="signal"/> to the process, after checking that its pid was not reused.</summary>
    /// <remarks>The check and the kill are not atomic, but a pid is only reused after the kernel wrapped around the
    /// whole pid space; between two reads microseconds apart that cannot happen in practice.</remarks>
    public static SignalResult Signal(ProcessIdentity identity, int signal)
    {
        if (TryRead(identity.Pid) is not { } process || process.StartTime != identity.StartTime)
        {
            return SignalResult.Gone;
        }

        if (LibC.Kill(identity.Pid, signal) == 0)
        {
            return SignalResult.Sent;
        }

        return Marshal.GetLastPInvokeError() switch
        {
            Esrch => SignalResult.Gone,
            Eperm => SignalResult.Denied,
            var errno => throw new IOException($"kill({identity.Pid}, {signal}) failed with errno {errno}"),
        };
    }

    /// <summary>Sends <paramref name="signal"/> to a process we cannot read (hidden by <c>ProtectProc=invisible</c>) but know to be
    /// ours, because it is in our own cgroup; signal 0 only tells whether it still exists.</summary>
    public static SignalResult SignalHidden(int pid, int signal)
    {
        if (LibC.Kill(pid, signal) == 0)
        {
            return SignalResult.Sent;
        }

        return Marshal.GetLastPInvokeError() switch
        {
            Esrch => SignalResult.Gone,
            Eperm => SignalResult.Denied,
            var errno => throw new IOException($"kill({pid}, {signal}) failed with errno {errno}"),
        };
    }
}
