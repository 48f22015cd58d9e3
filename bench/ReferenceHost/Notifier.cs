using System.Net.Sockets;
using System.Text;

namespace ReferenceHost;

/// <summary>sd_notify(3) in a few lines: one datagram to $NOTIFY_SOCKET (a path, or @name for an abstract socket).</summary>
internal sealed class Notifier
{
    private readonly string? _address = Environment.GetEnvironmentVariable("NOTIFY_SOCKET");

    public void Send(string message)
    {
        if (string.IsNullOrEmpty(_address))
        {
            return;
        }

        using var socket = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
        var path = _address[0] == '@' ? "\0" + _address[1..] : _address;
        socket.SendTo(Encoding.UTF8.GetBytes(message), new UnixDomainSocketEndPoint(path));
    }
}
