using LinkedInAuto.Configuration;
using LinkedInAuto.Reaper;
using LinkedInAuto.Scheduling;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;
using LinkedInAuto.Systemd;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Control;

/// <summary>Carries out one control request in the daemon and writes its response lines.</summary>
public sealed partial class ControlCommandHandler(
    StatusReportBuilder status,
    DaemonState state,
    IRunExecutor executor,
    RunBacklog backlog,
    RunTickets tickets,
    EmergencyStop emergency,
    PauseState pause,
    AccountStateStore accounts,
    AccountWatch account,
    ChromiumReaper reaper,
    ReloadCoordinator reloads,
    HistoryQueries history,
    Logging.RecentLogs logs,
    ConfigStore config,
    TimeProvider time,
    ILogger<ControlCommandHandler> logger)
{
    private static readonly HashSet<string> s_readOnly = new(StringComparer.Ordinal) { "status", "history", "stats", "contacts", "export", "logs" };

    /// <summary>How often `run --wait` hears from the daemon while its run waits or progresses.</summary>
    public static readonly TimeSpan ProgressPeriod = TimeSpan.FromSeconds(1);

    /// <summary>Handles <paramref name="request"/>; <paramref name="send"/> writes one response line.</summary>
    public async Task HandleAsync(ControlRequest request, PeerCredentials peer, Func<ControlResponse, Task> send, CancellationToken cancellationToken)
    {
        var what = request.Bot is null ? request.Command : request.Command + " " + request.Bot;
        if (s_readOnly.Contains(request.Command))
        {
            // The web page asks for these every few seconds while it is open: they would drown the journal.
            LogQuery(what, peer.Uid, peer.Pid);
        }
        else
        {
            LogCommand(what, peer.Uid, peer.Pid);
        }

        var response = request.Command switch
        {
            "status" => new ControlResponse { Ok = true, Status = await status.BuildAsync(state, cancellationToken) },
            "run" => await RunAsync(request, send, cancellationToken),
            "stop" => await StopAsync(cancellationToken),
            "pause" => Pause(request),
            "resume" => await ResumeAsync(request, peer, cancellationToken),
            "reap" => new ControlResponse { Ok = true, Reap = await reaper.ReapOnceAsync(cancellationToken) },
            "reload" => await ReloadAsync(cancellationToken),
            "history" => await history.HistoryAsync(request, cancellationToken),
            "stats" => await history.StatsAsync(request, cancellationToken),
            "contacts" => await history.ContactsAsync(request, cancellationToken),
            "export" => await history.ExportAsync(request, cancellationToken),
            "logs" => new ControlResponse { Ok = true, Logs = logs.Entries },
            _ => ControlResponse.Failure($"unknown command '{request.Command}': expected status, run, stop, pause, resume, reap, reload, history, stats, contacts, export or logs"),
        };
        await send(response);
    }

    private async Task<ControlResponse> RunAsync(ControlRequest request, Func<ControlResponse, Task> send, CancellationToken cancellationToken)
    {
        if (request.Bot is not { } bot || !executor.Bots.Contains(bot))
        {
            return ControlResponse.Failure($"unknown bot '{request.Bot}': expected one of {string.Join(", ", executor.Bots)}");
        }

        var overrides = request.Overrides is { IsEmpty: false } given ? given : null;
        if (overrides?.Problems(bot, config.Current) is { Count: > 0 } problems)
        {
            return new ControlResponse { Ok = false, Error = "invalid run options, nothing queued", Errors = [.. problems.Select(p => $"{p.Option}: {p.Problem}")] };
        }

        var ticket = backlog.NextTicket();
        using var watch = tickets.Watch(ticket);
        var ahead = backlog.Count + (state.Running is null ? 0 : 1);
        await backlog.EnqueueAsync(new QueuedRun(bot, RunTrigger.Manual, request.DryRun, ticket, null, overrides), null, cancellationToken);
        var queued = new QueuedView(ticket, bot, request.DryRun, ahead);
        if (!request.Wait)
        {
            return new ControlResponse { Ok = true, Queued = queued, Message = $"{bot} queued (ticket {ticket}, {ahead} ahead)" };
        }

        await send(new ControlResponse { Ok = true, Kind = ControlKinds.Queued, Queued = queued });
        while (true)
        {
            var ended = await Task.WhenAny(watch.Ended, Task.Delay(ProgressPeriod, time, cancellationToken));
            if (ended == watch.Ended)
            {
                var end = await watch.Ended;
                return end.Result is { } result
                    ? new ControlResponse { Ok = true, Run = StatusReportBuilder.Run(result) }
                    : ControlResponse.Failure($"{bot} did not run: {end.DroppedReason}");
            }

            var running = state.Running is { } active && active.Run.Ticket == ticket ? StatusReportBuilder.Running(active) : null;
            await send(new ControlResponse { Ok = true, Kind = ControlKinds.Progress, Progress = running });
        }
    }

    // The same reload as SIGHUP (RELOADING=1, every reloadable, READY=1), but the caller hears its outcome: this is what
    // lets `systemctl reload` (ExecReload=linkedin-auto reload) fail where the administrator typed it.
    private async Task<ControlResponse> ReloadAsync(CancellationToken cancellationToken)
    {
        var outcome = await reloads.RequestReloadAsync().WaitAsync(cancellationToken);
        return outcome.Succeeded
            ? new ControlResponse { Ok = true, Message = $"configuration reloaded from {config.Path}; the new one is in effect" }
            : new ControlResponse
            {
                Ok = false,
                Error = "configuration rejected, the previous one stays in effect",
                Errors = outcome.Errors,
            };
    }

    private async Task<ControlResponse> StopAsync(CancellationToken cancellationToken)
    {
        var outcome = await emergency.StopAsync(cancellationToken);
        var what = outcome.Cancelled is { } run ? $"{run.Bot} cancelled" : "no run was in progress";
        return new ControlResponse
        {
            Ok = true,
            Run = outcome.Cancelled is { } cancelled ? StatusReportBuilder.Run(cancelled) : null,
            Paused = StatusReportBuilder.Pause(pause.Current, config.Current.TimeZone.Zone),
            Message = $"stopped: {what}; {outcome.DroppedQueued} queued run(s) dropped; schedules paused until `linkedin-auto resume`",
        };
    }

    private ControlResponse Pause(ControlRequest request)
    {
        var bot = request.Bot;
        if (request.PauseFor is not null || request.PauseUntil is not null)
        {
            return PauseUntil(request);
        }

        if (bot is null)
        {
            pause.PauseAll(stopped: false);
        }
        else if (!ScheduleOptions.BotNames.Contains(bot))
        {
            return ControlResponse.Failure($"unknown bot '{bot}'");
        }
        else
        {
            pause.PauseBot(bot);
        }

        return new ControlResponse { Ok = true, Paused = StatusReportBuilder.Pause(pause.Current, config.Current.TimeZone.Zone), Message = $"{bot ?? "every schedule"} paused until `linkedin-auto resume{(bot is null ? string.Empty : " " + bot)}`" };
    }

    private ControlResponse PauseUntil(ControlRequest request)
    {
        if (request.Bot is not null)
        {
            return ControlResponse.Failure("a timed pause applies to every schedule: leave out the bot, or pause the bot until `linkedin-auto resume BOT`");
        }

        var zone = config.Current.TimeZone.Zone;
        var (end, problem) = PauseEnd.Resolve(request.PauseFor, request.PauseUntil, zone, time.GetUtcNow());
        if (end is not { } until)
        {
            return ControlResponse.Failure(problem!);
        }

        var timed = pause.PauseAllUntil(until);
        var paused = StatusReportBuilder.Pause(pause.Current, zone);
        return new ControlResponse
        {
            Ok = true,
            Paused = paused,
            Message = timed
                ? $"every schedule paused until {paused.UntilLocal} ({zone.Id}); `linkedin-auto resume` resumes sooner"
                : "every schedule stays paused until `linkedin-auto resume` (a pause without an end was already in effect)",
        };
    }

    private async Task<ControlResponse> ResumeAsync(ControlRequest request, PeerCredentials peer, CancellationToken cancellationToken)
    {
        if (request.Bot is { } bot)
        {
            pause.ResumeBot(bot);
        }
        else
        {
            pause.ResumeAll();
        }

        var cleared = false;
        if (request.ClearAttention && account.NeedsAttention)
        {
            cleared = await accounts.SetAsync(AccountState.Ok, $"cleared by `linkedin-auto resume` (uid {peer.Uid})", cancellationToken);
            LogAttentionCleared(peer.Uid);
        }

        await account.RefreshAsync(cancellationToken);
        var note = account.NeedsAttention ? "; the account still needs attention (`linkedin-auto resume` clears it once resolved)" : string.Empty;
        return new ControlResponse
        {
            Ok = true,
            Paused = StatusReportBuilder.Pause(pause.Current, config.Current.TimeZone.Zone),
            Message = $"{request.Bot ?? "every schedule"} resumed{(cleared ? "; the account state is ok again" : string.Empty)}{note}",
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Control command {Command} from uid {PeerUid} (pid {PeerPid})")]
    private partial void LogCommand(string command, int peerUid, int peerPid);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Control query {Command} from uid {PeerUid} (pid {PeerPid})")]
    private partial void LogQuery(string command, int peerUid, int peerPid);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The account's attention-needed state was cleared by uid {PeerUid}")]
    private partial void LogAttentionCleared(int peerUid);
}
