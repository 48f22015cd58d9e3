using System.Text;
using Microsoft.Extensions.Hosting.Systemd;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Systemd;

/// <summary>Sends notifications through Microsoft.Extensions.Hosting.Systemd's notifier without ever failing the caller.</summary>
/// <remarks>
/// The package's <see cref="ISystemdNotifier.Notify"/> throws when the socket is gone or the address is unusable. A
/// notification is never worth a crash: failures are logged once per streak (a watchdog loop must not flood the
/// journal) and a datagram the manager would drop for its size is not sent at all.
/// </remarks>
public sealed class NotifySender
{
    private readonly ISystemdNotifier _notifier;
    private readonly ILogger<NotifySender>? _logger;
    private int _failureReported;

    /// <summary>Creates a sender over <paramref name="notifier"/> (the package's <see cref="SystemdNotifier"/> in the daemon).</summary>
    public NotifySender(ISystemdNotifier notifier, ILogger<NotifySender>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(notifier);
        _notifier = notifier;
        _logger = logger;
    }

    /// <summary>Gets a value indicating whether a manager listens (<c>NOTIFY_SOCKET</c> was set).</summary>
    public bool IsEnabled => _notifier.IsEnabled;

    /// <summary>Sends <paramref name="state"/> as one datagram; returns false when nothing was sent.</summary>
    public bool Send(ServiceState state)
    {
        if (!_notifier.IsEnabled)
        {
            return false; // not supervised: sd_notify returns 0 and sends nothing
        }

        var text = state.ToString();
        if (Encoding.UTF8.GetByteCount(text) >= SystemdProtocol.NotifyBufferMax)
        {
            return Report("the notification is larger than the manager's 4096-byte buffer");
        }

        try
        {
            _notifier.Notify(state);
            Volatile.Write(ref _failureReported, 0); // the next failure after a success is worth one more line
            return true;
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or ArgumentException or ObjectDisposedException)
        {
            return Report(e.Message);
        }
    }

    private bool Report(string reason)
    {
        if (Interlocked.Exchange(ref _failureReported, 1) == 0)
        {
            if (_logger is not null)
            {
                _logger.LogWarning("Cannot notify systemd: {Reason}", reason);
            }
            else
            {
                Console.Error.WriteLine("<3>Cannot notify systemd: " + reason);
            }
        }

        return false;
    }
}
