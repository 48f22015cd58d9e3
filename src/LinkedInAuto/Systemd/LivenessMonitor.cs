using System.Collections.Concurrent;

namespace LinkedInAuto.Systemd;

/// <summary>Tracks heartbeats of the daemon's core loops so the watchdog ping proves real progress.</summary>
/// <remarks>
/// docs/architecture.md, "Liveness and the watchdog": ping from a place that proves the daemon is alive, not from an independent timer. Times are
/// monotonic timestamps of the injected <see cref="TimeProvider"/>, not wall-clock: a Raspberry Pi has no RTC and
/// NTP may move the wall clock by years right after boot.
/// </remarks>
public sealed class LivenessMonitor
{
    private readonly TimeProvider _timeProvider;
    private readonly ConcurrentDictionary<string, Source> _sources = new(StringComparer.Ordinal);

    /// <summary>Creates a monitor reading time from <paramref name="timeProvider"/>.</summary>
    public LivenessMonitor(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
    }

    /// <summary>Starts watching <paramref name="source"/>; it counts as having beaten now and must beat again within <paramref name="maxSilence"/>.</summary>
    public void Register(string source, TimeSpan maxSilence)
    {
        ArgumentException.ThrowIfNullOrEmpty(source);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maxSilence, TimeSpan.Zero);
        _sources[source] = new Source(maxSilence, _timeProvider.GetTimestamp());
    }

    /// <summary>Stops watching <paramref name="source"/> (e.g. a loop that ends on purpose).</summary>
    public void Unregister(string source) => _sources.TryRemove(source, out _);

    /// <summary>Records progress of <paramref name="source"/>; returns false (and does nothing) if it was never registered.</summary>
    public bool Beat(string source)
    {
        if (source is null || !_sources.TryGetValue(source, out var entry))
        {
            return false;
        }

        Volatile.Write(ref entry.LastBeat, _timeProvider.GetTimestamp());
        return true;
    }

    /// <summary>True when every registered source beat within its max silence (vacuously true with no sources).</summary>
    public bool IsAlive() => GetStalledSources().Count == 0;

    /// <summary>Names of the sources that have been silent longer than allowed, sorted.</summary>
    public IReadOnlyList<string> GetStalledSources()
    {
        var now = _timeProvider.GetTimestamp();
        var stalled = new List<string>();
        foreach (var (name, entry) in _sources)
        {
            if (_timeProvider.GetElapsedTime(Volatile.Read(ref entry.LastBeat), now) > entry.MaxSilence)
            {
                stalled.Add(name);
            }
        }

        stalled.Sort(StringComparer.Ordinal);
        return stalled;
    }

    private sealed class Source(TimeSpan maxSilence, long lastBeat)
    {
        public readonly TimeSpan MaxSilence = maxSilence;
        public long LastBeat = lastBeat;
    }
}
