using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace LinkedInAuto.Control;

/// <summary>The CLI's side of the control socket.</summary>
public sealed class ControlClient(string socketPath)
{
    /// <summary>How long connecting may take.</summary>
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(3);

    /// <summary>How long the daemon may stay silent (`run --wait` hears from it every second).</summary>
    public static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(60);

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Gets the socket path.</summary>
    public string SocketPath { get; } = socketPath;

    /// <summary>Sends <paramref name="request"/>; intermediate lines go to <paramref name="onEvent"/>; returns the final line.</summary>
    /// <exception cref="DaemonUnavailableException">No daemon listens, or this user may not use the socket.</exception>
    public async Task<ControlResponse> SendAsync(ControlRequest request, Func<ControlResponse, Task>? onEvent, CancellationToken cancellationToken)
    {
        using var socket = await ConnectAsync(cancellationToken);
        await using var stream = new NetworkStream(socket, ownsSocket: false);
        using var reader = new StreamReader(stream, s_utf8);
        await using var writer = new StreamWriter(stream, s_utf8) { NewLine = "\n", AutoFlush = true };
        await writer.WriteLineAsync(JsonSerializer.Serialize(request, ControlJsonContext.Default.ControlRequest).AsMemory(), cancellationToken);
        while (true)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(ReplyTimeout);
            string? line;
            try
            {
                line = await reader.ReadLineAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new DaemonUnavailableException($"the daemon did not answer within {ReplyTimeout.TotalSeconds:0} s ({SocketPath})", notRunning: false);
            }

            var response = line is null ? null : JsonSerializer.Deserialize(line, ControlJsonContext.Default.ControlResponse);
            if (response is null)
            {
                throw new DaemonUnavailableException($"the daemon closed the connection without an answer ({SocketPath})", notRunning: false);
            }

            if (response.Kind == ControlKinds.Result)
            {
                return response;
            }

            if (onEvent is not null)
            {
                await onEvent(response);
            }
        }
    }

    private async Task<Socket> ConnectAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(SocketPath))
        {
            throw new DaemonUnavailableException($"the daemon is not running (no control socket at {SocketPath}); start it with `sudo systemctl start linkedin-auto`", notRunning: true);
        }

        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(ConnectTimeout);
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(SocketPath), timeout.Token);
            return socket;
        }
        catch (SocketException ex) when (ex.SocketErrorCode is SocketError.AccessDenied)
        {
            socket.Dispose();
            throw new DaemonUnavailableException(
                $"permission denied on {SocketPath}: the control socket is for the service user and the members of its group (control.socket_group); add yourself with `sudo usermod -aG linkedin-auto $USER` and log in again, or use sudo",
                notRunning: false);
        }
        catch (SocketException ex) when (ex.SocketErrorCode is SocketError.ConnectionRefused or SocketError.AddressNotAvailable)
        {
            socket.Dispose();
            throw new DaemonUnavailableException($"the daemon is not running (nothing listens on {SocketPath}); start it with `sudo systemctl start linkedin-auto`", notRunning: true);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            throw new DaemonUnavailableException($"the daemon did not accept the connection within {ConnectTimeout.TotalSeconds:0} s ({SocketPath})", notRunning: false);
        }
    }
}

/// <summary>The daemon cannot be reached: not running, or not allowed.</summary>
public sealed class DaemonUnavailableException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="DaemonUnavailableException"/> class.</summary>
    public DaemonUnavailableException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DaemonUnavailableException"/> class.</summary>
    public DaemonUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DaemonUnavailableException"/> class.</summary>
    public DaemonUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DaemonUnavailableException"/> class.</summary>
    public DaemonUnavailableException(string message, bool notRunning)
        : base(message) => NotRunning = notRunning;

    /// <summary>Gets a value indicating whether the daemon is simply not running (read-only commands then read the history).</summary>
    public bool NotRunning { get; }
}
