using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Configuration;
using LinkedInAuto.Storage.Entities;
using LinkedInAuto.SystemBus;
using LinkedInAuto.Systemd;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Scheduling;

/// <summary>Owns the run in progress: pause and memory checks, the max-duration limit, progress, liveness and the after-run work.</summary>
/// <remarks>
/// Quartz calls it from <see cref="BotRunJob"/>, one run at a time (<c>MaxConcurrency = 1</c>). The run's token is
/// cancelled by `linkedin-auto stop`, by <c>max_duration</c> and by the service stopping; <see cref="BotRunner"/> then
/// disposes the browser, which ends its whole process tree.
/// </remarks>
public sealed partial class RunCoordinator(
    IRunExecutor executor,
    ConfigStore config,
    PauseState pause,
    MemoryGuard memory,
    SystemFacts system,
    RunBacklog queue,
    RunTickets tickets,
    LivenessMonitor liveness,
    IEnumerable<IRunFinishedHandler> handlers,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<RunCoordinator> logger)
{
    /// <summary>The liveness source of the run in progress: silent longer than max duration + <see cref="LivenessMargin"/> means stuck.</summary>
    public const string RunSource = "run";

    /// <summary>How long past its max duration a silent run may go before the watchdog pings stop.</summary>
    public static readonly TimeSpan LivenessMargin = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan s_beatPeriod = TimeSpan.FromSeconds(5);
    private ActiveRun? _current;

    /// <summary>Gets the run in progress, or null.</summary>
    public ActiveRun? Current => Volatile.Read(ref _current);

    /// <summary>Runs <paramref name="run"/> now, unless its schedule is paused or memory is short (then it is postponed).</summary>
    public async Task ExecuteAsync(QueuedRun run, CancellationToken jobToken)
    {
        var settings = config.Current;
        if (run.Trigger != RunTrigger.Manual && pause.IsPaused(run.Bot))
        {
            LogPaused(run.Bot, run.Trigger);
            tickets.Drop(run.Ticket, "schedules are paused");
            return;
        }

        var check = memory.Check();
        if (!check.Enough)
        {
            LogMemoryPostponed(run.Bot, check.AvailableMb, check.FloorMb, settings.Memory.RetryAfter);
            await PostponeAsync(run, settings, settings.Memory.RetryAfter, $"memory stayed below the floor ({check.AvailableMb} MiB < {check.FloorMb} MiB)", jobToken);
            return;
        }

        // Offline, a run could only fail page after page: it waits for the network instead.
        var network = await system.GetNetworkAsync(jobToken);
        if (network.IsOffline)
        {
            LogOfflinePostponed(run.Bot, network.Source, settings.Schedule.OfflineRetryAfter);
            await PostponeAsync(run, settings, settings.Schedule.OfflineRetryAfter, $"offline ({network.Source})", jobToken);
            return;
        }

        var maxDuration = settings.Schedule.For(run.Bot).MaxDuration;
        using var limit = new CancellationTokenSource(maxDuration, time);
        using var stop = new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(jobToken, stop.Token, limit.Token, lifetime.ApplicationStopping);
        var active = new ActiveRun(run, time.GetUtcNow(), maxDuration, stop);
        Volatile.Write(ref _current, active);
        liveness.Register(RunSource, maxDuration + LivenessMargin);
        using var beating = new CancellationTokenSource();
        var beat = BeatSchedulerAsync(beating.Token);
        RunResult result;
        try
        {
            result = await executor.RunAsync(run.Request, new ProgressSink(this, active), linked.Token);
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            result = new RunResult(0, run.Bot, RunOutcome.Cancelled, active.Counts, "cancelled before the run started");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogCrashed(ex, run.Bot);
            result = new RunResult(0, run.Bot, RunOutcome.Failed, active.Counts, ex.Message);
        }
        finally
        {
            await beating.CancelAsync();
            await beat;
            liveness.Unregister(RunSource);
            Volatile.Write(ref _current, null);
        }

        if (limit.IsCancellationRequested && !stop.IsCancellationRequested)
        {
            LogTimedOut(run.Bot, maxDuration);
        }

        active.Complete(result);
        tickets.Complete(run.Ticket, result);
        await AfterRunAsync(result);
    }

    private async Task PostponeAsync(QueuedRun run, AppConfig settings, TimeSpan retryAfter, string why, CancellationToken cancellationToken)
    {
        var retryAt = time.GetUtcNow() + retryAfter;
        if (!WorkingHours.From(settings).IsOpen(retryAt))
        {
            LogGaveUp(run.Bot, why);
            tickets.Drop(run.Ticket, why + " until the end of the active hours");
            return;
        }

        await queue.EnqueueAsync(run, retryAt, cancellationToken);
    }

    private async Task AfterRunAsync(RunResult result)
    {
        foreach (var handler in handlers)
        {
            try
            {
                await handler.OnRunFinishedAsync(result, CancellationToken.None);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                LogHandlerFailed(ex, handler.GetType().Name);
            }
        }
    }

    private void OnProgress(ActiveRun active, RunProgress value)
    {
        liveness.Beat(RunSource);
        tickets.Progress(active.Run.Ticket, value);
    }

    // The scheduler's single thread is busy with this run on purpose; its heartbeat is the run's own liveness source.
    private async Task BeatSchedulerAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(s_beatPeriod, time);
        try
        {
            do
            {
                liveness.Beat(SchedulerHeartbeat.Source);
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{BotName} ({Trigger}) skipped: schedules are paused (`linkedin-auto resume`)")]
    private partial void LogPaused(string botName, RunTrigger trigger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{BotName} postponed by {RetryAfter}: {AvailableMb} MiB of memory available (MemAvailable + SwapFree), {FloorMb} MiB needed")]
    private partial void LogMemoryPostponed(string botName, long availableMb, int floorMb, TimeSpan retryAfter);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{BotName} postponed by {RetryAfter}: offline ({NetworkSource})")]
    private partial void LogOfflinePostponed(string botName, string networkSource, TimeSpan retryAfter);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{BotName} not run today: {Reason} until the end of the active hours")]
    private partial void LogGaveUp(string botName, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{BotName} exceeded its max_duration of {MaxDuration} and was cancelled")]
    private partial void LogTimedOut(string botName, TimeSpan maxDuration);

    [LoggerMessage(Level = LogLevel.Error, Message = "{BotName} run failed unexpectedly")]
    private partial void LogCrashed(Exception exception, string botName);

    [LoggerMessage(Level = LogLevel.Error, Message = "After-run step {Handler} failed")]
    private partial void LogHandlerFailed(Exception exception, string handler);

    // Progress<T> would post to the thread pool and could reorder reports; this applies them in the caller's order.
    private sealed class ProgressSink(RunCoordinator owner, ActiveRun active) : IProgress<RunProgress>
    {
        public void Report(RunProgress value)
        {
            active.Report(value);
            owner.OnProgress(active, value);
        }
    }
}
