using LinkedInAuto.Bots.Runs;

namespace LinkedInAuto.Scheduling;

/// <summary>Runs one bot once; the daemon's is <see cref="BotRunner"/>, tests give a fake.</summary>
public interface IRunExecutor
{
    /// <summary>Gets the names of the bots this build can run.</summary>
    IReadOnlyCollection<string> Bots { get; }

    /// <summary>Runs <paramref name="request"/> to its end; cancellation ends it early with a Cancelled result.</summary>
    Task<RunResult> RunAsync(RunRequest request, IProgress<RunProgress>? progress, CancellationToken cancellationToken);
}

/// <summary>The daemon's executor: the same <see cref="BotRunner"/> the foreground `run` command uses.</summary>
internal sealed class BotRunnerExecutor(BotRunner runner) : IRunExecutor
{
    /// <inheritdoc/>
    public IReadOnlyCollection<string> Bots => [.. runner.Bots.Keys];

    /// <inheritdoc/>
    public Task<RunResult> RunAsync(RunRequest request, IProgress<RunProgress>? progress, CancellationToken cancellationToken) =>
        runner.RunAsync(request, progress, cancellationToken);
}

/// <summary>Something done after every run, in the daemon: reap orphans, rewrite metrics, send alerts, release memory.</summary>
public interface IRunFinishedHandler
{
    /// <summary>Handles the end of a run; failures are logged by the caller and never stop the others.</summary>
    Task OnRunFinishedAsync(RunResult result, CancellationToken cancellationToken);
}
