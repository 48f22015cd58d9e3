using System.Globalization;
using System.Net.Sockets;

namespace LinkedInAuto.Logging;

/// <summary>Sends journal entries to journald's native socket, one datagram per entry; never throws.</summary>
/// <remarks>
/// Like libsystemd, one unconnected <c>SOCK_DGRAM</c> socket is kept for the process and every entry is sent with
/// <c>sendto</c> to the socket path, so a journald restart needs no reconnect. <c>SO_SNDBUF</c> is raised towards
/// libsystemd's 8 MiB (the kernel caps it at <c>net.core.wmem_max</c>). Entries are capped by
/// <see cref="JournalSerializer"/> far below even the default buffer (208 KiB), which replaces libsystemd's
/// memfd fallback; if the kernel still says EMSGSIZE, the message goes to stderr as one <c>&lt;N&gt;</c> line.
/// </remarks>
public sealed class JournalDatagramWriter : IDisposable
{
    /// <summary>journald's native protocol socket.</summary>
    public const string DefaultSocketPath = "/run/systemd/journal/socket";

    /// <summary>Default cap for one field value (32 KiB).</summary>
    public const int DefaultMaxFieldBytes = 32 * 1024;

    /// <summary>Default cap for one entry (128 KiB), well below the default 208 KiB socket buffer.</summary>
    public const int DefaultMaxEntryBytes = 128 * 1024;

    private const int RequestedSendBufferSize = 8 * 1024 * 1024; // libsystemd SNDBUF_SIZE
    private const int MaxFallbackChars = 8 * 1024;

    private readonly string _socketPath;
    private readonly TextWriter _fallback;
    private readonly JournalSerializer _serializer;
    private readonly Lock _gate = new();
    private UnixDomainSocketEndPoint? _endPoint;
    private Socket? _socket;
    private bool _unusable;
    private bool _failureReported;
    private bool _disposed;

    /// <summary>Creates a writer for <paramref name="socketPath"/>; failures are reported to <paramref name="fallback"/> (stderr by default).</summary>
    public JournalDatagramWriter(string socketPath = DefaultSocketPath, TextWriter? fallback = null)
        : this(socketPath, fallback, DefaultMaxFieldBytes, DefaultMaxEntryBytes)
    {
    }

    internal JournalDatagramWriter(string socketPath, TextWriter? fallback, int maxFieldBytes, int maxEntryBytes) // For testing
    {
        ArgumentException.ThrowIfNullOrEmpty(socketPath);
        _socketPath = socketPath;
        _fallback = fallback ?? Console.Error;
        _serializer = new JournalSerializer(maxFieldBytes, maxEntryBytes);
    }

    /// <summary>Sends <paramref name="entry"/> as one datagram.</summary>
    public JournalSendResult Send(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_gate)
        {
            if (_disposed)
            {
                return JournalSendResult.NotAvailable;
            }

            if (!EnsureSocket())
            {
                return Fallback(entry, JournalSendResult.NotAvailable, "the journal socket cannot be used here");
            }

            try
            {
                _socket!.SendTo(_serializer.Serialize(entry), SocketFlags.None, _endPoint!);
                _failureReported = false;
                return JournalSendResult.Success;
            }
            catch (SocketException e)
            {
                return e.SocketErrorCode switch
                {
                    // ENOENT: journald is not running; libsystemd treats this as success and drops the entry.
                    SocketError.AddressNotAvailable => JournalSendResult.Success,
                    SocketError.MessageSize or SocketError.NoBufferSpaceAvailable or SocketError.WouldBlock =>
                        Fallback(entry, JournalSendResult.TooLarge, e.Message),
                    SocketError.AddressFamilyNotSupported or SocketError.ProtocolNotSupported =>
                        Fallback(entry, JournalSendResult.NotAvailable, e.Message),
                    _ => Fallback(entry, JournalSendResult.Failed, $"{e.SocketErrorCode}: {e.Message}"),
                };
            }
            catch (Exception e) when (e is ObjectDisposedException or ArgumentException or InvalidOperationException)
            {
                return Fallback(entry, JournalSendResult.Failed, e.Message);
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _socket?.Dispose();
            _socket = null;
        }
    }

    private bool EnsureSocket()
    {
        if (_socket is not null)
        {
            return true;
        }

        if (_unusable || !OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            _endPoint = new UnixDomainSocketEndPoint(_socketPath);
            _socket = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
            try
            {
                _socket.SendBufferSize = RequestedSendBufferSize;
            }
            catch (SocketException)
            {
                // Keep the default buffer; entries are capped well below it anyway.
            }

            return true;
        }
        catch (Exception e) when (e is SocketException or ArgumentException or PlatformNotSupportedException)
        {
            _socket?.Dispose();
            _socket = null;
            _unusable = true;
            return false;
        }
    }

    private JournalSendResult Fallback(JournalEntry entry, JournalSendResult result, string reason)
    {
        try
        {
            if (!_failureReported)
            {
                _failureReported = true;
                _fallback.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"<3>Cannot write to the journal at {_socketPath} ({result}: {reason}); writing to stderr instead"));
            }

            // One line per entry, like runtime's SystemdConsoleFormatter: journald reads the <N> prefix as PRIORITY.
            var message = (entry.GetValue("MESSAGE") ?? string.Empty).ReplaceLineEndings(" ");
            if (message.Length > MaxFallbackChars)
            {
                message = string.Concat(message.AsSpan(0, MaxFallbackChars), "… [truncated]");
            }

            _fallback.WriteLine(string.Concat("<", entry.GetValue("PRIORITY") ?? "6", ">", message));
            _fallback.Flush();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // Nowhere left to write; dropping the entry is all we can do.
        }

        return result;
    }
}
