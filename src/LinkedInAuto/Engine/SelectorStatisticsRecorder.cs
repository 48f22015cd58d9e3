using System.Collections.Concurrent;
using LinkedInAuto.Pages.Selectors;
using LinkedInAuto.Storage;

namespace LinkedInAuto.Engine;

/// <summary>Counts, in memory during a run, which alternative of each element matched; written to the history once per run.</summary>
/// <remarks>
/// Keys are `element[i]` for a match by alternative i (a match at i &gt; 0 means the primary selector stopped working) and
/// `element` for a miss. Page-state probes (`state.*`) look for things that are normally absent, so only their hits count.
/// Safe for concurrent calls (the signal reader probes in parallel).
/// </remarks>
public sealed class SelectorStatisticsRecorder(SelectorStatsStore store) : ISelectorStatistics
{
    private readonly ConcurrentDictionary<string, (int Hits, int Misses)> _counts = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public void Record(string element, int alternativeIndex)
    {
        if (alternativeIndex >= 0)
        {
            _counts.AddOrUpdate($"{element}[{alternativeIndex}]", (1, 0), (_, c) => (c.Hits + 1, c.Misses));
        }
        else if (!element.StartsWith("state.", StringComparison.Ordinal))
        {
            _counts.AddOrUpdate(element, (0, 1), (_, c) => (c.Hits, c.Misses + 1));
        }
    }

    /// <summary>Writes the counts gathered since the last flush in one transaction and starts counting afresh.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var counts = new List<SelectorCount>();
        foreach (var key in _counts.Keys)
        {
            if (_counts.TryRemove(key, out var count))
            {
                counts.Add(new SelectorCount(key, count.Hits, count.Misses));
            }
        }

        await store.RecordAsync(counts, cancellationToken);
    }
}
