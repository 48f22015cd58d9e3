using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;
using MimeKit;

namespace LinkedInAuto.Tests;

/// <summary>A real SMTP server on 127.0.0.1: Debian's aiosmtpd (`python3-aiosmtpd`) printing each received message,
/// which is parsed back with MimeKit.</summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private const string Begin = "---------- MESSAGE FOLLOWS ----------";
    private const string End = "------------ END MESSAGE ------------";
    private readonly Process _process;
    private readonly Channel<MimeMessage> _messages = Channel.CreateUnbounded<MimeMessage>();
    private readonly StringBuilder _current = new();
    private bool _inMessage;

    private SmtpSink(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    /// <summary>Gets the port it listens on.</summary>
    public int Port { get; }

    /// <summary>Starts the server and waits until it accepts connections.</summary>
    public static async Task<SmtpSink> StartAsync()
    {
        var port = FreePort();
        var info = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-u", "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}" })
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("python3 did not start");
        var sink = new SmtpSink(process, port);
        process.OutputDataReceived += (_, e) => sink.OnLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return sink;
            }
            catch (SocketException) when (deadline.Elapsed < TimeSpan.FromSeconds(20) && !process.HasExited)
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>Returns a port nobody listens on (for "connection refused").</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>Waits (30 s at most) for the next message.</summary>
    public async Task<MimeMessage> ReceiveAsync() =>
        await _messages.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

    /// <summary>Gets a value indicating whether a message arrived that was not received yet.</summary>
    public bool HasMore => _messages.Reader.TryPeek(out _);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line == Begin)
        {
            _inMessage = true;
            _current.Clear();
        }
        else if (line == End && _inMessage)
        {
            _inMessage = false;
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(_current.ToString()));
            _messages.Writer.TryWrite(MimeMessage.Load(stream));
        }
        else if (_inMessage && line is not null)
        {
            _current.Append(line).Append("\r\n");
        }
    }
}
