using System.Globalization;

namespace LinkedInAuto.Systemd;

/// <summary>A snapshot of what the service manager told this process through its environment.</summary>
/// <remarks>
/// Values are read once, when the snapshot is taken, so <see cref="RemoveNotifyVariables"/> can clear the
/// process environment afterwards without changing what the snapshot reports.
/// </remarks>
public sealed class SystemdEnvironment
{
    private static readonly Lazy<SystemdEnvironment> s_current = new(() => Capture(
        ProcessEnvironmentVariables.Instance, Environment.ProcessId, GetParentProcessId, ReadProcessName));

    private readonly IEnvironmentVariables _variables;

    private SystemdEnvironment(IEnvironmentVariables variables)
    {
        _variables = variables;
    }

    /// <summary>The snapshot of the current process, taken on first use and cached like runtime's SystemdHelpers.</summary>
    public static SystemdEnvironment Current => s_current.Value;

    /// <summary>The PID the snapshot was taken for.</summary>
    public int ProcessId { get; private init; }

    /// <summary>True when the process was started by systemd as a service (dotnet/runtime's rules, see <see cref="Capture"/>).</summary>
    public bool IsSystemdService { get; private init; }

    /// <summary>The raw <c>NOTIFY_SOCKET</c> value, or null when unset or empty (not supervised).</summary>
    public string? NotifySocket { get; private init; }

    /// <summary>True when <c>WATCHDOG_USEC</c> is a positive number and <c>WATCHDOG_PID</c> is unset or ours.</summary>
    public bool WatchdogApplies => WatchdogTimeout is not null;

    /// <summary>The watchdog timeout when it applies to this process, otherwise null.</summary>
    public TimeSpan? WatchdogTimeout { get; private init; }

    /// <summary>Half the watchdog timeout, the keep-alive period sd_watchdog_enabled(3) recommends; null when no watchdog applies.</summary>
    public TimeSpan? WatchdogPingInterval => WatchdogTimeout / 2;

    /// <summary>The parsed <c>JOURNAL_STREAM</c> (device, inode), or null when unset or malformed.</summary>
    public (ulong Device, ulong Inode)? JournalStream { get; private init; }

    /// <summary>The <c>INVOCATION_ID</c> of this unit run, or null.</summary>
    public string? InvocationId { get; private init; }

    /// <summary>Takes a snapshot from <paramref name="variables"/>.</summary>
    /// <remarks>
    /// Detection follows dotnet/runtime <c>SystemdHelpers.IsSystemdService</c>: <c>SYSTEMD_EXEC_PID</c> (v248) equal
    /// to our PID ⇒ service (works with <c>ProtectProc=invisible</c>); malformed or different ⇒ keep looking; as
    /// PID 1 (container) ⇒ service iff <c>NOTIFY_SOCKET</c> or <c>LISTEN_PID</c> is non-empty; otherwise the
    /// parent's <c>comm</c> must be exactly <c>systemd</c>.
    /// </remarks>
    /// <param name="variables">Where the variables come from.</param>
    /// <param name="processId">Our PID.</param>
    /// <param name="getParentProcessId">Returns the parent PID.</param>
    /// <param name="readProcessName">Returns <c>/proc/&lt;pid&gt;/comm</c> for a PID (with its trailing newline), or null.</param>
    internal static SystemdEnvironment Capture( // For testing (and Current)
        IEnvironmentVariables variables, int processId, Func<int> getParentProcessId, Func<int, string?> readProcessName)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(getParentProcessId);
        ArgumentNullException.ThrowIfNull(readProcessName);

        var notifySocket = NullIfEmpty(variables.Read(SystemdConstants.NotifySocket));
        return new SystemdEnvironment(variables)
        {
            ProcessId = processId,
            NotifySocket = notifySocket,
            WatchdogTimeout = ParseWatchdog(variables, processId),
            JournalStream = ParseJournalStream(variables.Read(SystemdConstants.JournalStream)),
            InvocationId = NullIfEmpty(variables.Read(SystemdConstants.InvocationId)),
            IsSystemdService = DetectService(variables, processId, notifySocket, getParentProcessId, readProcessName),
        };
    }

    /// <summary>Removes <c>NOTIFY_SOCKET</c>, <c>WATCHDOG_USEC</c> and <c>WATCHDOG_PID</c> from the environment the snapshot came from.</summary>
    /// <remarks>
    /// Mirrors <c>sd_notify(unset_environment=1)</c> and <c>sd_watchdog_enabled(unset_environment=1)</c>: children
    /// (Playwright's Node driver, Chromium) must not inherit them. The snapshot keeps its values.
    /// </remarks>
    public void RemoveNotifyVariables()
    {
        _variables.Remove(SystemdConstants.NotifySocket);
        _variables.Remove(SystemdConstants.WatchdogUsec);
        _variables.Remove(SystemdConstants.WatchdogPid);
    }

    private static bool DetectService(
        IEnvironmentVariables variables, int processId, string? notifySocket,
        Func<int> getParentProcessId, Func<int, string?> readProcessName)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        if (TryParsePid(variables.Read(SystemdConstants.SystemdExecPid), out var execPid) && execPid == processId)
        {
            return true;
        }

        if (processId == 1)
        {
            return notifySocket is not null || NullIfEmpty(variables.Read(SystemdConstants.ListenPid)) is not null;
        }

        // Legacy check; fails silently under ProtectProc=invisible, which is why SYSTEMD_EXEC_PID comes first.
        return string.Equals(readProcessName(getParentProcessId()), "systemd\n", StringComparison.Ordinal);
    }

    private static TimeSpan? ParseWatchdog(IEnvironmentVariables variables, int processId)
    {
        var usecText = variables.Read(SystemdConstants.WatchdogUsec);
        if (!ulong.TryParse(usecText, NumberStyles.None, CultureInfo.InvariantCulture, out var usec) || usec == 0)
        {
            return null;
        }

        // sd_watchdog_enabled(3): unset WATCHDOG_PID means "us"; a different (or unparsable) PID means the
        // variables were meant for an ancestor and leaked into our environment.
        var pidText = variables.Read(SystemdConstants.WatchdogPid);
        if (!string.IsNullOrEmpty(pidText) && (!TryParsePid(pidText, out var pid) || pid != processId))
        {
            return null;
        }

        // TimeSpan ticks are 100 ns; cap absurd values instead of overflowing.
        return usec >= (ulong)(TimeSpan.MaxValue.Ticks / 10) ? TimeSpan.MaxValue : TimeSpan.FromMicroseconds(usec);
    }

    private static (ulong, ulong)? ParseJournalStream(string? value)
    {
        var colon = value?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (value is null || colon <= 0)
        {
            return null;
        }

        return ulong.TryParse(value.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var device)
            && ulong.TryParse(value.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var inode)
            ? (device, inode)
            : null;
    }

    private static bool TryParsePid(string? value, out int pid) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out pid) && pid > 0;

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static int GetParentProcessId() => OperatingSystem.IsLinux() ? LibC.GetParentProcessId() : 0;

    private static string? ReadProcessName(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/comm");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
