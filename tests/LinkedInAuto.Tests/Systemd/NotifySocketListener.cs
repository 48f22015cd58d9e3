using System.Net.Sockets;
using System.Text;

namespace LinkedInAuto.Tests.Systemd;

/// <summary>One datagram received by a <see cref="NotifySocketListener"/>, with when its receive loop got it.</summary>
public sealed record ReceivedDatagram(int Index, byte[] Bytes, DateTimeOffset ReceivedUtc)
{
    /// <summary>The payload decoded as UTF-8.</summary>
    public string Text => Encoding.UTF8.GetString(Bytes);
}

/// <summary>
/// A bound <c>AF_UNIX</c>/<c>SOCK_DGRAM</c> socket standing in for systemd's notify socket or journald's socket:
/// it records every datagram and lets a test await one that matches, without sleeping.
/// </summary>
/// <remarks>
/// <see cref="SyncAsync"/> is a barrier: it sends a private sentinel datagram and waits for it. Unix datagram
/// queues are FIFO, so once it returns every datagram whose send already completed has been recorded; that is how
/// a test proves that something was NOT sent.
/// </remarks>
public sealed class NotifySocketListener : IAsyncDisposable
{
    /// <summary>Default time a wait may take before the test fails.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    private const int ReceiveBufferSize = 4 * 1024 * 1024;
    private static readonly byte[] s_sentinelPrefix = "\0listener-sync:"u8.ToArray();

    private readonly Socket _socket;
    private readonly UnixDomainSocketEndPoint _endPoint;
    private readonly string? _directory;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private readonly List<ReceivedDatagram> _received = [];
    private readonly List<Waiter> _waiters = [];
    private readonly Dictionary<string, TaskCompletionSource> _syncs = new(StringComparer.Ordinal);
    private readonly Task _receiveLoop;

    private NotifySocketListener(string address, string endPointPath, string? directory)
    {
        Address = address;
        _directory = directory;
        _endPoint = new UnixDomainSocketEndPoint(endPointPath);
        _socket = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
        _socket.Bind(_endPoint);
        _receiveLoop = Task.Run(ReceiveLoopAsync);
    }

    /// <summary>The address in <c>NOTIFY_SOCKET</c> form: an absolute path, or <c>@name</c> for an abstract socket.</summary>
    public string Address { get; }

    /// <summary>The filesystem path of the socket, or null for an abstract socket.</summary>
    public string? SocketPath => _directory is null ? null : Address;

    /// <summary>Number of datagrams received so far (use as <c>fromIndex</c> to wait for later ones).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _received.Count;
            }
        }
    }

    /// <summary>A snapshot of everything received, in arrival order.</summary>
    public IReadOnlyList<ReceivedDatagram> Datagrams
    {
        get
        {
            lock (_gate)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>The received payloads decoded as UTF-8.</summary>
    public IReadOnlyList<string> Messages => Datagrams.Select(d => d.Text).ToArray();

    /// <summary>Binds a socket file in a fresh, short temporary directory (sun_path allows 107 bytes).</summary>
    public static NotifySocketListener BindPath()
    {
        var directory = Path.Combine("/tmp", "lia-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "notify.sock");
        return new NotifySocketListener(path, path, directory);
    }

    /// <summary>Binds a socket in the Linux abstract namespace (address <c>@linkedin-auto-test-…</c>).</summary>
    public static NotifySocketListener BindAbstract()
    {
        var name = "linkedin-auto-test-" + Guid.NewGuid().ToString("N");
        return new NotifySocketListener("@" + name, "\0" + name, null);
    }

    /// <summary>Waits for the first datagram at or after <paramref name="fromIndex"/> that satisfies <paramref name="predicate"/>.</summary>
    /// <exception cref="TimeoutException">Nothing matched in time; the message lists what was received.</exception>
    public async Task<ReceivedDatagram> WaitForAsync(
        Func<ReceivedDatagram, bool> predicate, TimeSpan? timeout = null, int fromIndex = 0)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        Waiter waiter;
        lock (_gate)
        {
            var existing = _received.Skip(fromIndex).FirstOrDefault(predicate);
            if (existing is not null)
            {
                return existing;
            }

            waiter = new Waiter(predicate, fromIndex);
            _waiters.Add(waiter);
        }

        try
        {
            return await waiter.Completion.Task.WaitAsync(timeout ?? DefaultTimeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException("No matching datagram arrived. Received: "
                + string.Join(" | ", Messages.Select(m => m.Replace("\n", "\\n", StringComparison.Ordinal))));
        }
        finally
        {
            lock (_gate)
            {
                _waiters.Remove(waiter);
            }
        }
    }

    /// <summary>Waits for a datagram whose UTF-8 text satisfies <paramref name="predicate"/> and returns the text.</summary>
    public async Task<string> WaitForMessageAsync(
        Func<string, bool> predicate, TimeSpan? timeout = null, int fromIndex = 0)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var datagram = await WaitForAsync(d => predicate(d.Text), timeout, fromIndex);
        return datagram.Text;
    }

    /// <summary>Returns once every datagram sent (and completed) before this call has been recorded.</summary>
    public async Task SyncAsync(TimeSpan? timeout = null)
    {
        var token = Guid.NewGuid().ToString("N");
        var completion = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _syncs[token] = completion;
        }

        using (var sender = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified))
        {
            await sender.SendToAsync((byte[])[.. s_sentinelPrefix, .. Encoding.ASCII.GetBytes(token)], _endPoint);
        }

        await completion.Task.WaitAsync(timeout ?? DefaultTimeout);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Dispose();
        try
        {
            await _receiveLoop;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // The loop ends by cancellation or because the socket was closed under it.
        }

        _stop.Dispose();
        if (_directory is not null)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[ReceiveBufferSize];
        while (!_stop.IsCancellationRequested)
        {
            var length = await _socket.ReceiveAsync(buffer.AsMemory(), SocketFlags.None, _stop.Token);
            var receivedUtc = TimeProvider.System.GetUtcNow();
            var bytes = buffer.AsSpan(0, length).ToArray();
            lock (_gate)
            {
                if (bytes.AsSpan().StartsWith(s_sentinelPrefix))
                {
                    var token = Encoding.ASCII.GetString(bytes, s_sentinelPrefix.Length, bytes.Length - s_sentinelPrefix.Length);
                    if (_syncs.Remove(token, out var sync))
                    {
                        sync.TrySetResult();
                    }

                    continue;
                }

                var datagram = new ReceivedDatagram(_received.Count, bytes, receivedUtc);
                _received.Add(datagram);
                foreach (var waiter in _waiters.Where(w => datagram.Index >= w.FromIndex && w.Predicate(datagram)))
                {
                    waiter.Completion.TrySetResult(datagram);
                }
            }
        }
    }

    private sealed record Waiter(Func<ReceivedDatagram, bool> Predicate, int FromIndex)
    {
        public TaskCompletionSource<ReceivedDatagram> Completion { get; } =
            new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
