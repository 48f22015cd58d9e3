using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using LinkedInAuto.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Control;

/// <summary>The control socket `$RUNTIME_DIRECTORY/control.sock`: newline-delimited JSON, one request per connection.</summary>
/// <remarks>
/// Bound during start (so the socket exists once systemd hears READY=1), mode 0660 with the configured group; the
/// kernel refuses everybody else at connect(2). Each command is logged with the peer's uid (SO_PEERCRED).
/// </remarks>
internal sealed partial class ControlServer(AppDirectories directories, ConfigStore config, ControlCommandHandler handler, ILogger<ControlServer> logger) : BackgroundService
{
    /// <summary>The longest request line accepted.</summary>
    public const int MaxRequestLength = 4096;

    /// <summary>How long a client has to send its request.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private Socket? _listener;

    /// <inheritdoc/>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var path = directories.ControlSocketPath;
        Directory.CreateDirectory(directories.RuntimeDirectory);
        RemoveStale(path);
        var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(path));
        UnixSocketFile.Secure(path, config.Current.Control.SocketGroup, logger);
        listener.Listen(16);
        _listener = listener;
        LogListening(path);
        return base.StartAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Cancel the accept loop first, so it ends on its token rather than on a disposed socket.
        await base.StopAsync(cancellationToken);
        _listener?.Dispose();
        TryDelete(directories.ControlSocketPath);
    }

    /// <inheritdoc/>
    public override void Dispose()
    {
        _listener?.Dispose();
        base.Dispose();
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connections = new List<Task>();
        while (!stoppingToken.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener!.AcceptAsync(stoppingToken);
            }
            catch (Exception ex) when (stoppingToken.IsCancellationRequested && ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                break;
            }

            connections.RemoveAll(t => t.IsCompleted);
            connections.Add(ServeAsync(client, stoppingToken));
        }

        await Task.WhenAll(connections);
    }

    private async Task ServeAsync(Socket client, CancellationToken stoppingToken)
    {
        using var connection = client;
        await using var stream = new NetworkStream(client, ownsSocket: false);
        using var reader = new StreamReader(stream, s_utf8);
        await using var writer = new StreamWriter(stream, s_utf8) { NewLine = "\n", AutoFlush = true };
        try
        {
            var peer = PeerCredentials.Of(client);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            timeout.CancelAfter(RequestTimeout);
            var line = await reader.ReadLineAsync(timeout.Token);
            if (line is null)
            {
                return;
            }

            ControlRequest? request = null;
            try
            {
                request = line.Length <= MaxRequestLength ? JsonSerializer.Deserialize(line, ControlJsonContext.Default.ControlRequest) : null;
            }
            catch (JsonException)
            {
            }

            Task Send(ControlResponse response) => WriteAsync(writer, response);
            if (request?.Command is null)
            {
                LogBadRequest(peer.Uid);
                await Send(ControlResponse.Failure("bad request: expected one JSON object per line, e.g. {\"command\":\"status\"}"));
                return;
            }

            await handler.HandleAsync(request, peer, Send, stoppingToken);
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away or took too long; nothing to answer.
            LogClientGone(ex.Message);
        }
        catch (Exception ex)
        {
            // A command that failed in the daemon (a database error, a bug) is answered, never a silent hang-up:
            // the CLI prints why and exits non-zero, and the daemon goes on serving.
            LogCommandFailed(ex);
            await TryAnswerAsync(writer, ControlResponse.Failure($"the daemon could not carry out the request: {ex.GetType().Name}: {ex.Message} (the journal has the details)"));
        }
    }

    private static async Task TryAnswerAsync(StreamWriter writer, ControlResponse response)
    {
        try
        {
            await WriteAsync(writer, response);
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
        {
            // The client is gone too.
        }
    }

    // One response is one line of JSON.
    private static Task WriteAsync(StreamWriter writer, ControlResponse response) =>
        writer.WriteLineAsync(JsonSerializer.Serialize(response, ControlJsonContext.Default.ControlResponse));

    private static void RemoveStale(string path)
    {
        if (!File.Exists(path))
        {
            return;
        }

        using var probe = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            probe.Connect(new UnixDomainSocketEndPoint(path));
            throw new InvalidOperationException($"another linkedin-auto daemon is already listening on {path}");
        }
        catch (SocketException)
        {
            // Nobody listens: a previous daemon was killed; its socket file is stale.
            File.Delete(path);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Control socket listening on {SocketPath}")]
    private partial void LogListening(string socketPath);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Control socket: bad request from uid {PeerUid}")]
    private partial void LogBadRequest(int peerUid);

    [LoggerMessage(Level = LogLevel.Error, Message = "Control request failed in the daemon")]
    private partial void LogCommandFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Control client gone: {Reason}")]
    private partial void LogClientGone(string reason);
}
