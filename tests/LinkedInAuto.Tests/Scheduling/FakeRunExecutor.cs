using System.Threading.Channels;
using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Scheduling;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;

namespace LinkedInAuto.Tests.Scheduling;

/// <summary>Stands in for the bot runner: writes the run record as the real one does, notes when it ran, and can be held open.</summary>
internal sealed class FakeRunExecutor(TimeProvider time, IReadOnlyCollection<string> bots) : IRunExecutor
{
    private readonly Channel<StartedRun> _started = Channel.CreateUnbounded<StartedRun>();
    private int _running;
    private int _maxRunning;

    public IReadOnlyCollection<string> Bots { get; } = bots;

    /// <summary>Gets or sets the run store the records go to (set once the host is built).</summary>
    public RunStore? Runs { get; set; }

    /// <summary>Gets or sets a task every run waits for before it ends (null: end at once).</summary>
    public Func<Task>? Hold { get; set; }

    public int MaxRunning => Volatile.Read(ref _maxRunning);

    public async Task<StartedRun> NextStartAsync() =>
        await _started.Reader.ReadAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);

    public bool TryNextStart(out StartedRun? run) => _started.Reader.TryRead(out run);

    public async Task<RunResult> RunAsync(RunRequest request, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        var running = Interlocked.Increment(ref _running);
        InterlockedMax(ref _maxRunning, running);
        var id = Runs is null ? 0 : await Runs.StartAsync(request.Bot, request.Trigger, CancellationToken.None);
        var started = new StartedRun(request, time.GetUtcNow());
        _started.Writer.TryWrite(started);
        try
        {
            progress?.Report(new RunProgress(request.Bot, id, new RunCounts(1, 0, 0), "wish someone"));
            if (Hold is { } hold)
            {
                await hold().WaitAsync(cancellationToken);
            }

            var result = new RunResult(id, request.Bot, RunOutcome.Succeeded, new RunCounts(1, 0, 0), null);
            if (Runs is not null)
            {
                await Runs.FinishAsync(id, result.Outcome, result.Counts, null, CancellationToken.None);
            }

            return result;
        }
        finally
        {
            Interlocked.Decrement(ref _running);
            started.Ended.TrySetResult();
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}

/// <summary>A run the fake saw start.</summary>
internal sealed record StartedRun(RunRequest Request, DateTimeOffset At)
{
    public TaskCompletionSource Ended { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
