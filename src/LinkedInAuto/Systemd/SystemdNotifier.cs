using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Systemd;

/// <summary>Sends sd_notify(3) datagrams to the socket named by <c>NOTIFY_SOCKET</c>.</summary>
/// <remarks>
/// One fresh <c>AF_UNIX</c>/<c>SOCK_DGRAM</c> socket per message, as dotnet/runtime and libsystemd do: messages are
/// rare (lifecycle changes, a watchdog ping every few seconds), and a fresh socket can never be left connected to
/// a manager socket that was re-created (daemon-reexec). The blocking send is safe because the payload is capped
/// far below kernel socket buffers.
/// </remarks>
public sealed class SystemdNotifier : ISystemdNotifier
{
    private readonly string? _address;
    private readonly ILogger<SystemdNotifier>? _logger;
    private int _failureReported;

    /// <summary>Creates a notifier for the socket recorded in <paramref name="environment"/>.</summary>
    public SystemdNotifier(SystemdEnvironment environment, ILogger<SystemdNotifier>? logger = null)
        : this(environment?.NotifySocket, logger)
    {
    }

    internal SystemdNotifier(string? address, ILogger<SystemdNotifier>? logger) // For testing
    {
        _address = string.IsNullOrEmpty(address) ? null : address;
        _logger = logger;
    }

    /// <inheritdoc/>
    public bool IsEnabled => _address is not null;

    /// <inheritdoc/>
    public NotifyResult Notify(string state)
    {
        if (_address is null)
        {
            return NotifyResult.NotAvailable; // not supervised: libsystemd returns 0 and sends nothing
        }

        if (string.IsNullOrEmpty(state))
        {
            return Report(NotifyResult.Failed, "an empty notification is invalid (EINVAL in sd_notify)");
        }

        var payload = Encoding.UTF8.GetBytes(state);
        if (payload.Length >= SystemdConstants.NotifyBufferMax)
        {
            return Report(NotifyResult.TooLarge, "the notification is larger than the manager's 4096-byte buffer");
        }

        var endPoint = NotifySocketAddress.TryCreateEndPoint(_address, out var error);
        if (endPoint is null)
        {
            return Report(error == NotifySocketAddress.Unsupported ? NotifyResult.NotAvailable : NotifyResult.Failed, error);
        }

        try
        {
            using var socket = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
            socket.Connect(endPoint);
            socket.Send(payload);
            Volatile.Write(ref _failureReported, 0); // the next failure after a success is worth one more line
            return NotifyResult.Success;
        }
        catch (SocketException e)
        {
            return Report(NotifyResult.Failed, string.Create(
                CultureInfo.InvariantCulture, $"{e.SocketErrorCode}: {e.Message}"));
        }
        catch (Exception e) when (e is ObjectDisposedException or ArgumentException or IOException)
        {
            return Report(NotifyResult.Failed, e.Message);
        }
    }

    private NotifyResult Report(NotifyResult result, string reason)
    {
        // Log once per failure streak: a watchdog loop must not flood the journal with the same complaint.
        if (Interlocked.Exchange(ref _failureReported, 1) == 1)
        {
            return result;
        }

        if (_logger is not null)
        {
            _logger.LogWarning("Cannot notify systemd at {NotifySocket}: {Reason} ({Result})", _address, reason, result);
        }
        else
        {
            Console.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture, $"<3>Cannot notify systemd at {_address}: {reason} ({result})"));
        }

        return result;
    }
}
