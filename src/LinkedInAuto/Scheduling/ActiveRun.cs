using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Storage;

namespace LinkedInAuto.Scheduling;

/// <summary>The run in progress: what `status` shows and what `stop` cancels.</summary>
public sealed class ActiveRun
{
    private readonly CancellationTokenSource _stop;
    private readonly TaskCompletionSource<RunResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private RunProgress? _progress;

    internal ActiveRun(QueuedRun run, DateTimeOffset startedUtc, TimeSpan maxDuration, CancellationTokenSource stop)
    {
        Run = run;
        StartedUtc = startedUtc;
        MaxDuration = maxDuration;
        _stop = stop;
    }

    /// <summary>Gets the run.</summary>
    public QueuedRun Run { get; }

    /// <summary>Gets when it started.</summary>
    public DateTimeOffset StartedUtc { get; }

    /// <summary>Gets the most it may last.</summary>
    public TimeSpan MaxDuration { get; }

    /// <summary>Gets the latest progress reported.</summary>
    public RunProgress? Progress => Volatile.Read(ref _progress);

    /// <summary>Gets the counts so far.</summary>
    public RunCounts Counts => Progress?.Counts ?? new RunCounts(0, 0, 0);

    /// <summary>Gets the run's end.</summary>
    public Task<RunResult> Completion => _completion.Task;

    internal void Report(RunProgress progress) => Volatile.Write(ref _progress, progress);

    internal void Cancel() => _stop.Cancel();

    internal void Complete(RunResult result) => _completion.TrySetResult(result);
}
