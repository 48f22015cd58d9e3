using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace LinkedInAuto.Tests.Session;

/// <summary>A tiny HTTP/1.1 server on 127.0.0.1 that answers like LinkedIn's session gate: feed, login redirect, checkpoint.</summary>
/// <remarks>The real fake LinkedIn lives in its own project; this keeps the session tests independent of its pages.</remarks>
public sealed class MiniLinkedIn : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<string, string, (int Status, string? Location)> _route;
    private readonly Task _loop;

    /// <summary>Initializes a new instance of the <see cref="MiniLinkedIn"/> class; <paramref name="route"/> maps (path, Cookie header) to a status and a Location.</summary>
    public MiniLinkedIn(Func<string, string, (int Status, string? Location)> route)
    {
        _route = route;
        _listener.Start();
        _loop = AcceptAsync();
    }

    /// <summary>Gets the server's base URL.</summary>
    public Uri BaseUrl => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");

    /// <summary>Gets every request received, as "path | Cookie header".</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>A server that accepts only <paramref name="liAt"/>: the feed with it, the login page without.</summary>
    public static MiniLinkedIn AcceptingOnly(string liAt) => new((path, cookie) =>
        path.StartsWith("/feed", StringComparison.Ordinal)
            ? cookie.Split("; ").Contains("li_at=" + liAt) ? (200, null) : (302, "/login?session_redirect=%2Ffeed%2F&trk=cold_join_sign_in")
            : (200, null));

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _loop;
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
            var requestLine = await reader.ReadLineAsync() ?? string.Empty;
            var cookie = string.Empty;
            string? line;
            while (!string.IsNullOrEmpty(line = await reader.ReadLineAsync()))
            {
                if (line.StartsWith("Cookie:", StringComparison.OrdinalIgnoreCase))
                {
                    cookie = line["Cookie:".Length..].Trim();
                }
            }

            var parts = requestLine.Split(' ');
            var path = parts.Length > 1 ? parts[1] : "/";
            Requests.Enqueue(path + " | " + cookie);
            var (status, location) = _route(path, cookie);
            var response = $"HTTP/1.1 {status} Status\r\nContent-Length: 0\r\nConnection: close\r\n" + (location is null ? string.Empty : $"Location: {location}\r\n") + "\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(response));
        }
    }
}
