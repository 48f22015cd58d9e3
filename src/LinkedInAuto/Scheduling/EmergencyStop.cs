using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Browser;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Scheduling;

/// <summary>`linkedin-auto stop`: pause every schedule, clear the queue, cancel the run and make sure its browser is gone within 5 s.</summary>
public sealed partial class EmergencyStop(
    PauseState pause, RunBacklog queue, RunTickets tickets, RunCoordinator coordinator, ActiveBrowserRegistry browsers, TimeProvider time, ILogger<EmergencyStop> logger)
{
    /// <summary>The promise made to the user: the run has ended within this.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(5);

    // Cancellation closes the browser politely (close, then the tree); if that has not finished by now, kill it outright.
    private static readonly TimeSpan s_killAfter = TimeSpan.FromSeconds(3);

    /// <summary>Stops everything; returns the cancelled run's result (null when none ran) and how many queued runs were dropped.</summary>
    public async Task<StopOutcome> StopAsync(CancellationToken cancellationToken)
    {
        pause.PauseAll(stopped: true);
        var dropped = await queue.ClearAsync(cancellationToken);
        foreach (var run in dropped)
        {
            tickets.Drop(run.Ticket, "removed from the queue by `linkedin-auto stop`");
        }

        var active = coordinator.Current;
        if (active is null)
        {
            LogStopped("no run was in progress", dropped.Count);
            return new StopOutcome(null, dropped.Count, false);
        }

        active.Cancel();
        var killed = false;
        if (!await EndsWithinAsync(active.Completion, s_killAfter))
        {
            killed = KillBrowsers() > 0;
        }

        var ended = await EndsWithinAsync(active.Completion, Budget - s_killAfter);
        var result = ended ? await active.Completion : null;
        LogStopped(result is null ? $"{active.Run.Bot} did not end within {Budget.TotalSeconds:0} s" : $"{active.Run.Bot} cancelled", dropped.Count);
        return new StopOutcome(result, dropped.Count, killed);
    }

    private async Task<bool> EndsWithinAsync(Task<RunResult> completion, TimeSpan wait)
    {
        try
        {
            await completion.WaitAsync(wait, time);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private int KillBrowsers()
    {
        var killed = 0;
        foreach (var run in browsers.Runs)
        {
            foreach (var pid in run.ProcessIds)
            {
                if (ProcessTree.TryRead(pid) is { } process && ProcessTree.Signal(process.Identity, ProcessTree.SigKill) == SignalResult.Sent)
                {
                    killed++;
                }
            }
        }

        LogKilled(killed);
        return killed;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Emergency stop: {What}; {Dropped} queued runs dropped; schedules paused until `linkedin-auto resume`")]
    private partial void LogStopped(string what, int dropped);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Emergency stop: the browser did not close in time; {Count} processes killed")]
    private partial void LogKilled(int count);
}

/// <summary>What `stop` did.</summary>
/// <param name="Cancelled">The cancelled run's result, or null when none was running (or it did not end in time).</param>
/// <param name="DroppedQueued">Queued runs removed.</param>
/// <param name="KilledBrowser">Whether the browser had to be killed.</param>
public sealed record StopOutcome(RunResult? Cancelled, int DroppedQueued, bool KilledBrowser);
