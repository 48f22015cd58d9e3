using System.Collections.Concurrent;
using LinkedInAuto.Bots.Runs;

namespace LinkedInAuto.Scheduling;

/// <summary>Lets a client wait for the run it queued: its progress, then its result or why it never ran.</summary>
public sealed class RunTickets
{
    private readonly ConcurrentDictionary<long, TicketWatch> _watches = new();

    /// <summary>Starts watching <paramref name="ticket"/>; dispose the watch when done.</summary>
    public TicketWatch Watch(long ticket)
    {
        var watch = new TicketWatch(ticket, this);
        _watches[ticket] = watch;
        return watch;
    }

    internal void Progress(long ticket, RunProgress progress)
    {
        if (_watches.TryGetValue(ticket, out var watch))
        {
            watch.Report(progress);
        }
    }

    internal void Complete(long ticket, RunResult result)
    {
        if (_watches.TryGetValue(ticket, out var watch))
        {
            watch.End(new TicketEnd(result, null));
        }
    }

    internal void Drop(long ticket, string reason)
    {
        if (_watches.TryGetValue(ticket, out var watch))
        {
            watch.End(new TicketEnd(null, reason));
        }
    }

    internal void Remove(TicketWatch watch) => _watches.TryRemove(new KeyValuePair<long, TicketWatch>(watch.Ticket, watch));
}

/// <summary>One client's wait on its run.</summary>
public sealed class TicketWatch(long ticket, RunTickets owner) : IDisposable
{
    private readonly TaskCompletionSource<TicketEnd> _end = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private RunProgress? _latest;

    /// <summary>Gets the ticket.</summary>
    public long Ticket { get; } = ticket;

    /// <summary>Gets the end of the run (result, or the reason it was dropped).</summary>
    public Task<TicketEnd> Ended => _end.Task;

    /// <summary>Gets the latest progress, if the run started.</summary>
    public RunProgress? Latest => Volatile.Read(ref _latest);

    /// <inheritdoc/>
    public void Dispose() => owner.Remove(this);

    internal void Report(RunProgress progress) => Volatile.Write(ref _latest, progress);

    internal void End(TicketEnd end) => _end.TrySetResult(end);
}

/// <summary>How a watched run ended.</summary>
/// <param name="Result">The result, when it ran.</param>
/// <param name="DroppedReason">Why it never ran (queue cleared, paused, memory), when it did not.</param>
public sealed record TicketEnd(RunResult? Result, string? DroppedReason);
