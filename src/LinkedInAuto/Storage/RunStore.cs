using LinkedInAuto.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace LinkedInAuto.Storage;

/// <summary>Run records: one row per bot run, opened at start and closed at the end.</summary>
public sealed class RunStore(IDbContextFactory<HistoryDbContext> contextFactory, TimeProvider time)
{
    /// <summary>Records the start of a run that is not a rehearsal.</summary>
    /// <returns>The run's id, for the rows the run writes.</returns>
    public Task<long> StartAsync(string bot, RunTrigger trigger, CancellationToken cancellationToken = default) =>
        StartAsync(bot, trigger, dryRun: false, cancellationToken);

    /// <summary>Records the start of a run; <paramref name="dryRun"/> marks a rehearsal (shown by `history`).</summary>
    /// <returns>The run's id, for the rows the run writes.</returns>
    public async Task<long> StartAsync(string bot, RunTrigger trigger, bool dryRun, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(bot);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var run = new Run { Bot = bot, Trigger = trigger, DryRun = dryRun, StartedUtc = time.GetUtcNow().UtcDateTime };
        context.Runs.Add(run);
        await context.SaveChangesAsync(cancellationToken);
        return run.Id;
    }

    /// <summary>Records how a run ended.</summary>
    public async Task FinishAsync(long runId, RunOutcome outcome, RunCounts counts, string? error = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var now = time.GetUtcNow().UtcDateTime;
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var updated = await context.Runs.Where(r => r.Id == runId && r.EndedUtc == null).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.EndedUtc, now).SetProperty(r => r.Outcome, outcome)
                .SetProperty(r => r.Done, counts.Done).SetProperty(r => r.Skipped, counts.Skipped).SetProperty(r => r.Failed, counts.Failed)
                .SetProperty(r => r.Refused, counts.Refused).SetProperty(r => r.Unconfirmed, counts.Unconfirmed)
                .SetProperty(r => r.Error, error),
            cancellationToken);
        if (updated == 0)
        {
            throw new InvalidOperationException($"Run {runId} cannot be finished: it does not exist or already ended.");
        }
    }

    /// <summary>Closes runs a previous process left open (crash, power cut) as <see cref="RunOutcome.Interrupted"/>; call once at daemon start.</summary>
    /// <returns>How many runs were closed.</returns>
    public async Task<int> CloseInterruptedAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Runs.Where(r => r.EndedUtc == null).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.EndedUtc, now).SetProperty(r => r.Outcome, RunOutcome.Interrupted), cancellationToken);
    }

    /// <summary>Lists the latest runs, newest first, of one bot or of all.</summary>
    public async Task<IReadOnlyList<Run>> RecentAsync(int limit, string? bot = null, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var runs = context.Runs.AsNoTracking();
        if (bot is not null)
        {
            runs = runs.Where(r => r.Bot == bot);
        }

        return await runs.OrderByDescending(r => r.Id).Take(limit).ToListAsync(cancellationToken);
    }
}
