using System.Globalization;
using LinkedInAuto.Systemd;

namespace LinkedInAuto.Logging;

/// <summary>Decides what <see cref="LogFormat.Auto"/> means for this process.</summary>
public static class LogFormatResolver
{
    /// <summary>Resolves <paramref name="requested"/> for the current process; explicit formats are returned unchanged.</summary>
    public static LogFormat Resolve(LogFormat requested, SystemdEnvironment environment, string journalSocketPath = JournalDatagramWriter.DefaultSocketPath) =>
        Resolve(requested, environment, StderrProbe.Current(), File.Exists(journalSocketPath));

    /// <summary>Auto ⇒ Journal when we are a systemd service and either stderr is the journal stream or the journal socket exists; else Json when stderr is redirected; else Console.</summary>
    public static LogFormat Resolve(LogFormat requested, SystemdEnvironment environment, StderrProbe stderr, bool journalSocketExists)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(stderr);
        if (requested != LogFormat.Auto)
        {
            return requested;
        }

        if (environment.IsSystemdService && (IsJournalStream(environment, stderr) || journalSocketExists))
        {
            return LogFormat.Journal;
        }

        return stderr.IsRedirected ? LogFormat.Json : LogFormat.Console;
    }

    /// <summary>True when <c>JOURNAL_STREAM</c>'s inode equals the inode of the socket stderr is connected to.</summary>
    /// <remarks>
    /// JOURNAL_NATIVE_PROTOCOL.md asks to fstat(2) stderr and compare <c>st_dev</c> and <c>st_ino</c>. Without
    /// P/Invoke (struct stat differs between x86-64 and arm64) we read the <c>/proc/self/fd/2</c> link, which for
    /// a socket is <c>socket:[&lt;ino&gt;]</c>, and compare the inode only: the device part is NOT checked. Sockets
    /// all live on the same sockfs device, so a matching socket inode is, in practice, the same socket.
    /// </remarks>
    public static bool IsJournalStream(SystemdEnvironment environment, StderrProbe stderr)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(stderr);
        const string Prefix = "socket:[";
        var target = stderr.LinkTarget;
        if (environment.JournalStream is not { } stream
            || target is null
            || !target.StartsWith(Prefix, StringComparison.Ordinal)
            || !target.EndsWith(']'))
        {
            return false;
        }

        return ulong.TryParse(target.AsSpan(Prefix.Length, target.Length - Prefix.Length - 1),
                NumberStyles.None, CultureInfo.InvariantCulture, out var inode)
            && inode == stream.Inode;
    }
}
