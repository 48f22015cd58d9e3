using System.Globalization;
using Microsoft.Extensions.Hosting.Systemd;

namespace LinkedInAuto.Systemd;

/// <summary>A snapshot of what the service manager told this process through its environment.</summary>
/// <remarks>
/// Values are read once, when the snapshot is taken, so <see cref="RemoveNotifyVariables"/> can clear the
/// process environment afterwards without changing what the snapshot reports.
/// </remarks>
public sealed class SystemdEnvironment
{
    private static readonly Lazy<SystemdEnvironment> s_current = new(() => Capture(
        ProcessEnvironmentVariables.Instance, Environment.ProcessId, SystemdHelpers.IsSystemdService));

    private readonly IEnvironmentVariables _variables;

    private SystemdEnvironment(IEnvironmentVariables variables)
    {
        _variables = variables;
    }

    /// <summary>The snapshot of the current process, taken on first use and cached like runtime's SystemdHelpers.</summary>
    public static SystemdEnvironment Current => s_current.Value;

    /// <summary>The PID the snapshot was taken for.</summary>
    public int ProcessId { get; private init; }

    /// <summary>True when the process was started by systemd as a service (see <see cref="Capture"/>).</summary>
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
    /// Service detection is Microsoft.Extensions.Hosting.Systemd's <see cref="SystemdHelpers.IsSystemdService"/>
    /// (PID 1 with notify variables, or a parent named <c>systemd</c>), plus <c>SYSTEMD_EXEC_PID</c> (systemd ≥ 248)
    /// equal to our PID: the hardened unit's <c>ProtectProc=invisible</c> hides PID 1 from the service user, so
    /// the parent's name cannot be read there.
    /// </remarks>
    /// <param name="variables">Where the variables come from.</param>
    /// <param name="processId">Our PID.</param>
    /// <param name="packageDetection">The package's detection (<see cref="SystemdHelpers.IsSystemdService"/>).</param>
    internal static SystemdEnvironment Capture( // For testing (and Current)
        IEnvironmentVariables variables, int processId, Func<bool> packageDetection)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(packageDetection);

        var notifySocket = NullIfEmpty(variables.Read(SystemdProtocol.NotifySocket));
        return new SystemdEnvironment(variables)
        {
            ProcessId = processId,
            NotifySocket = notifySocket,
            WatchdogTimeout = ParseWatchdog(variables, processId),
            JournalStream = ParseJournalStream(variables.Read(SystemdProtocol.JournalStream)),
            InvocationId = NullIfEmpty(variables.Read(SystemdProtocol.InvocationId)),
            IsSystemdService = (TryParsePid(variables.Read(SystemdProtocol.SystemdExecPid), out var execPid) && execPid == processId)
                || packageDetection(),
        };
    }

    /// <summary>Removes <c>NOTIFY_SOCKET</c>, <c>WATCHDOG_USEC</c> and <c>WATCHDOG_PID</c> from the environment the snapshot came from.</summary>
    /// <remarks>
    /// Mirrors <c>sd_notify(unset_environment=1)</c> and <c>sd_watchdog_enabled(unset_environment=1)</c>: children
    /// (Playwright's Node driver, Chromium) must not inherit them. The snapshot keeps its values.
    /// </remarks>
    public void RemoveNotifyVariables()
    {
        _variables.Remove(SystemdProtocol.NotifySocket);
        _variables.Remove(SystemdProtocol.WatchdogUsec);
        _variables.Remove(SystemdProtocol.WatchdogPid);
    }

    private static TimeSpan? ParseWatchdog(IEnvironmentVariables variables, int processId)
    {
        var usecText = variables.Read(SystemdProtocol.WatchdogUsec);
        if (!ulong.TryParse(usecText, NumberStyles.None, CultureInfo.InvariantCulture, out var usec) || usec == 0)
        {
            return null;
        }

        // sd_watchdog_enabled(3): unset WATCHDOG_PID means "us"; a different (or unparsable) PID means the
        // variables were meant for an ancestor and leaked into our environment.
        var pidText = variables.Read(SystemdProtocol.WatchdogPid);
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
}
