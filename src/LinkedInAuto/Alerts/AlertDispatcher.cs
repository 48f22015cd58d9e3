using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Alerts;

/// <summary>Publishes alerts without ever waiting for them: each channel has its own bounded queue and sender, so a
/// channel that is down delays neither a run nor the other channels.</summary>
/// <remarks>An alert with a <see cref="AlertMessage.DedupKey"/> reaches a channel at most once an hour. A delivery that
/// still fails after its retries is logged once, with the channel's secrets masked.</remarks>
/// <remarks>It is no hosted service on purpose: the container disposes it after every hosted service stopped, so the
/// alerts of the last run (cancelled by the stop) still leave, within <see cref="DrainTimeout"/>.</remarks>
public sealed partial class AlertDispatcher(AlertChannels channels, AlertDelivery delivery, TimeProvider time, ILogger<AlertDispatcher> logger)
    : IAsyncDisposable
{
    /// <summary>How long queued alerts may take to leave when the daemon stops.</summary>
    public static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(3);

    /// <summary>How long the same alert is held back per channel.</summary>
    public static readonly TimeSpan DedupWindow = TimeSpan.FromHours(1);

    private const int QueueCapacity = 32;
    private readonly ConcurrentDictionary<string, ChannelQueue> _queues = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Channel, string Key), DateTimeOffset> _sent = [];
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stopping = new();
    private int _disposed;

    /// <summary>Queues <paramref name="message"/> for every channel routed its event; returns the channels it was queued for.</summary>
    public IReadOnlyList<string> Publish(AlertMessage message)
    {
        var queued = new List<string>();
        foreach (var channel in channels.Current().Where(c => c.Receives(message.Event)))
        {
            if (!FirstWithinWindow(channel.Name, message.DedupKey))
            {
                LogHeldBack(message.Event, channel.Name);
                continue;
            }

            var queue = QueueOf(channel.Name);
            if (queue.Items.Writer.TryWrite((channel, message)))
            {
                queued.Add(channel.Name);
            }
            else
            {
                LogQueueFull(message.Event, channel.Name);
            }
        }

        return queued;
    }

    /// <summary>Lets queued alerts leave for at most <see cref="DrainTimeout"/>, then ends the senders.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        foreach (var queue in _queues.Values)
        {
            queue.Items.Writer.TryComplete();
        }

        var drained = Task.WhenAll(_queues.Values.Select(q => q.Sender));
        await Task.WhenAny(drained, Task.Delay(DrainTimeout, CancellationToken.None)).ConfigureAwait(false);
        await _stopping.CancelAsync();
        await drained.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stopping.Dispose();
    }

    // Created under the lock: a queue starts its sender, and a channel must never have two.
    private ChannelQueue QueueOf(string channel)
    {
        lock (_gate)
        {
            if (!_queues.TryGetValue(channel, out var queue))
            {
                queue = new ChannelQueue(this);
                _queues[channel] = queue;
            }

            return queue;
        }
    }

    private bool FirstWithinWindow(string channel, string? key)
    {
        if (key is null)
        {
            return true;
        }

        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_sent.TryGetValue((channel, key), out var last) && now - last < DedupWindow)
            {
                return false;
            }

            if (_sent.Count >= 256)
            {
                // Keys that left the window (yesterday's session warning, an old state) are forgotten.
                foreach (var old in _sent.Where(e => now - e.Value >= DedupWindow).Select(e => e.Key).ToList())
                {
                    _sent.Remove(old);
                }
            }

            _sent[(channel, key)] = now;
            return true;
        }
    }

    private async Task SendAllAsync(ChannelReader<(IAlertChannel Channel, AlertMessage Message)> reader)
    {
        await Task.Yield();
        try
        {
            await foreach (var (channel, message) in reader.ReadAllAsync(_stopping.Token))
            {
                try
                {
                    await delivery.SendAsync(channel, message, _stopping.Token);
                    LogSent(message.Event, channel.Name, channel.Kind);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !_stopping.IsCancellationRequested)
                {
                    LogFailed(message.Event, channel.Name, channel.Kind, AlertDelivery.Describe(channel, ex));
                }
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Alert {AlertEvent} sent through {AlertChannel} ({AlertKind})")]
    private partial void LogSent(string alertEvent, string alertChannel, string alertKind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert {AlertEvent} not delivered through {AlertChannel} ({AlertKind}): {Error}; `linkedin-auto alerts test` shows what to check")]
    private partial void LogFailed(string alertEvent, string alertChannel, string alertKind, string error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Alert {AlertEvent} not sent again through {AlertChannel} within the hour")]
    private partial void LogHeldBack(string alertEvent, string alertChannel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert {AlertEvent} dropped: the queue of {AlertChannel} is full")]
    private partial void LogQueueFull(string alertEvent, string alertChannel);

    private sealed class ChannelQueue
    {
        public ChannelQueue(AlertDispatcher owner)
        {
            Items = Channel.CreateBounded<(IAlertChannel, AlertMessage)>(new BoundedChannelOptions(QueueCapacity)
            {
                SingleReader = true,
                FullMode = BoundedChannelFullMode.Wait, // TryWrite then refuses when full
            });
            Sender = owner.SendAllAsync(Items.Reader);
        }

        public Channel<(IAlertChannel Channel, AlertMessage Message)> Items { get; }

        public Task Sender { get; }
    }
}
