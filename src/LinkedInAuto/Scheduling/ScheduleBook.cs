using System.Collections.Concurrent;
using Quartz;

namespace LinkedInAuto.Scheduling;

/// <summary>The daemon's own view of what Quartz holds: each bot's planned start and the runs waiting in the queue.</summary>
/// <remarks>Kept in memory beside Quartz so the status line (read every second, synchronously) never queries the scheduler.</remarks>
public sealed class ScheduleBook
{
    private readonly ConcurrentDictionary<string, PlannedRun> _planned = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<TriggerKey, WaitingRun> _queued = new();

    /// <summary>Gets the planned starts, earliest first.</summary>
    public IReadOnlyList<PlannedRun> Planned => [.. _planned.Values.OrderBy(p => p.At)];

    /// <summary>Gets the runs waiting in the queue, in the order they start.</summary>
    public IReadOnlyList<WaitingRun> Queued => [.. _queued.Values.OrderBy(q => q.At).ThenBy(q => q.Run.Ticket)];

    /// <summary>Gets the planned start of <paramref name="bot"/>, if any.</summary>
    public PlannedRun? PlannedFor(string bot) => _planned.GetValueOrDefault(bot);

    internal void SetPlanned(PlannedRun run) => _planned[run.Bot] = run;

    internal void RemovePlanned(string bot, TriggerKey? key = null)
    {
        if (_planned.TryGetValue(bot, out var run) && (key is null || run.Key.Equals(key)))
        {
            _planned.TryRemove(new KeyValuePair<string, PlannedRun>(bot, run));
        }
    }

    internal void AddQueued(WaitingRun run) => _queued[run.Key] = run;

    internal void RemoveQueued(TriggerKey key) => _queued.TryRemove(key, out _);

    internal IReadOnlyList<WaitingRun> ClearQueued()
    {
        var all = Queued;
        foreach (var run in all)
        {
            _queued.TryRemove(run.Key, out _);
        }

        return all;
    }
}

/// <summary>A bot's next start from its cron schedule.</summary>
/// <param name="Bot">The bot.</param>
/// <param name="Slot">The cron time.</param>
/// <param name="At">The start: the slot plus its random delay.</param>
/// <param name="Key">The Quartz trigger.</param>
/// <param name="Basis">The configuration it was planned from; a reload re-plans only when this changed.</param>
public sealed record PlannedRun(string Bot, DateTimeOffset Slot, DateTimeOffset At, TriggerKey Key, string Basis);

/// <summary>A run waiting to start (manual, catch-up, postponed).</summary>
/// <param name="Run">The run.</param>
/// <param name="At">When it may start.</param>
/// <param name="Key">The Quartz trigger.</param>
public sealed record WaitingRun(QueuedRun Run, DateTimeOffset At, TriggerKey Key);
