namespace LinkedInAuto.Systemd;

/// <summary>Environment variable names and notification assignments of the systemd service protocol that we use
/// beyond what Microsoft.Extensions.Hosting.Systemd sends itself (READY=1, STOPPING=1).</summary>
/// <remarks>
/// Debian 12 ships systemd 252: everything below works there except <see cref="MonotonicUsecPrefix"/>, which
/// needs 253 and is simply ignored by older managers (unknown assignments are ignored, sd_notify(3)).
/// </remarks>
public static class SystemdProtocol
{
    /// <summary>Address of the manager's notification socket (<c>/path</c> or abstract <c>@name</c>).</summary>
    /// <remarks>
    /// <see href="https://www.freedesktop.org/software/systemd/man/latest/sd_notify.html"/>; present in every
    /// release we can run on (sd_notify(3) carries no "Added in version" note for it).
    /// </remarks>
    public const string NotifySocket = "NOTIFY_SOCKET";

    /// <summary>Watchdog timeout in microseconds, decimal; set when the unit has <c>WatchdogSec=</c>.</summary>
    /// <remarks><see href="https://www.freedesktop.org/software/systemd/man/latest/sd_watchdog_enabled.html"/>; systemd ≥ 183.</remarks>
    public const string WatchdogUsec = "WATCHDOG_USEC";

    /// <summary>PID the watchdog applies to; unset means "the process that reads it".</summary>
    /// <remarks><see href="https://www.freedesktop.org/software/systemd/man/latest/sd_watchdog_enabled.html"/>; systemd ≥ 209.</remarks>
    public const string WatchdogPid = "WATCHDOG_PID";

    /// <summary>PID of the process the manager executed for the unit.</summary>
    /// <remarks><see href="https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html"/>; systemd ≥ 248.</remarks>
    public const string SystemdExecPid = "SYSTEMD_EXEC_PID";

    /// <summary>128-bit id of this unit invocation (inherited by descendants, so not proof on its own).</summary>
    /// <remarks><see href="https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html"/>; systemd ≥ 232.</remarks>
    public const string InvocationId = "INVOCATION_ID";

    /// <summary><c>&lt;st_dev&gt;:&lt;st_ino&gt;</c> of the journal stream stdout/stderr are connected to (stderr's when both are).</summary>
    /// <remarks><see href="https://systemd.io/JOURNAL_NATIVE_PROTOCOL/"/>; systemd ≥ 231.</remarks>
    public const string JournalStream = "JOURNAL_STREAM";

    /// <summary>Assignment sent when startup or a reload finished.</summary>
    /// <remarks><see href="https://www.freedesktop.org/software/systemd/man/latest/sd_notify.html#READY=1"/>; no version note (oldest assignment).</remarks>
    public const string Ready = "READY=1";

    /// <summary>Assignment sent when a configuration reload begins; must be followed by <see cref="Ready"/>.</summary>
    /// <remarks><see href="https://www.freedesktop.org/software/systemd/man/latest/sd_notify.html#RELOADING=1"/>; systemd ≥ 217.</remarks>
    public const string Reloading = "RELOADING=1";

    /// <summary>Assignment sent when shutdown begins (final from v259 on).</summary>
    /// <remarks><see href="https://www.freedesktop.org/software/systemd/man/latest/sd_notify.html#STOPPING=1"/>; systemd ≥ 217.</remarks>
    public const string Stopping = "STOPPING=1";

    /// <summary>Watchdog keep-alive assignment.</summary>
    /// <remarks><see href="https://www.freedesktop.org/software/systemd/man/latest/sd_notify.html#WATCHDOG=1"/>; no version note (since watchdog support, 183).</remarks>
    public const string Watchdog = "WATCHDOG=1";

    /// <summary>Prefix of the one-line, free-form status shown by <c>systemctl status</c>.</summary>
    /// <remarks><see href="https://www.freedesktop.org/software/systemd/man/latest/sd_notify.html#STATUS=%E2%80%A6"/>; the man page says 233.</remarks>
    public const string StatusPrefix = "STATUS=";

    /// <summary>Prefix of the CLOCK_MONOTONIC timestamp (µs, decimal) that accompanies <see cref="Reloading"/>.</summary>
    /// <remarks><see href="https://www.freedesktop.org/software/systemd/man/latest/sd_notify.html#MONOTONIC_USEC=%E2%80%A6"/>; systemd ≥ 253.</remarks>
    public const string MonotonicUsecPrefix = "MONOTONIC_USEC=";

    /// <summary>Size of the manager's receive buffer (<c>NOTIFY_BUFFER_MAX</c> = <c>PIPE_BUF</c>); datagrams of this size or more are ignored.</summary>
    /// <remarks>systemd <c>src/core/manager.c</c>: "Received notify message exceeded maximum size. Ignoring."</remarks>
    public const int NotifyBufferMax = 4096;
}
