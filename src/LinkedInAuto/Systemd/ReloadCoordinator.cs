using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Systemd;

/// <summary>Runs configuration reloads one at a time: <c>RELOADING=1</c>, every <see cref="IReloadable"/>, then <c>READY=1</c>.</summary>
/// <remarks>
/// A request that arrives while a reload runs queues exactly one more reload (later requests join it), so the
/// newest configuration is always read after the last request and two reloads never overlap.
/// </remarks>
public sealed class ReloadCoordinator
{
    private readonly IServiceProvider _services;
    private readonly StatusReporter _status;
    private readonly NotifySender _sender;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<ReloadCoordinator> _logger;
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();
    private bool _running;
    private TaskCompletionSource<ReloadOutcome>? _queued;

    /// <summary>Creates the coordinator; reloadables are resolved from <paramref name="services"/> at each reload.</summary>
    public ReloadCoordinator(
        IServiceProvider services,
        StatusReporter status,
        NotifySender sender,
        IHostApplicationLifetime lifetime,
        ILogger<ReloadCoordinator> logger)
    {
        _services = services;
        _status = status;
        _sender = sender;
        _lifetime = lifetime;
        _logger = logger;
        lifetime.ApplicationStarted.Register(static state => ((ReloadCoordinator)state!)._started.TrySetResult(), this);
    }

    /// <summary>Requests a reload; the task completes with the outcome of the reload that covers this request. Never faults.</summary>
    public Task<ReloadOutcome> RequestReloadAsync()
    {
        TaskCompletionSource<ReloadOutcome> first;
        lock (_gate)
        {
            if (_running)
            {
                _queued ??= new TaskCompletionSource<ReloadOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
                return _queued.Task;
            }

            _running = true;
            first = new TaskCompletionSource<ReloadOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        // Off the caller's thread: the caller may be a signal handler, which must return quickly.
        _ = Task.Run(() => RunAsync(first));
        return first.Task;
    }

    private async Task RunAsync(TaskCompletionSource<ReloadOutcome> current)
    {
        while (true)
        {
            ReloadOutcome outcome;
            try
            {
                outcome = await ReloadOnceAsync();
            }
            catch (Exception e)
            {
                // Never leave _running stuck: a fault here would silently disable every later reload.
                _logger.LogError(e, "Reload failed unexpectedly");
                outcome = ReloadOutcome.Failure(e.Message);
            }

            current.TrySetResult(outcome);
            lock (_gate)
            {
                if (_queued is null)
                {
                    _running = false;
                    return;
                }

                current = _queued;
                _queued = null;
            }
        }
    }

    private async Task<ReloadOutcome> ReloadOnceAsync()
    {
        var stopping = _lifetime.ApplicationStopping;
        try
        {
            // A SIGHUP during startup is honoured once startup finished (the config may have changed meanwhile).
            await _started.Task.WaitAsync(stopping);
        }
        catch (OperationCanceledException)
        {
            return ReloadOutcome.Failure("The service is stopping; reload skipped.");
        }

        _logger.LogInformation("Reloading configuration");
        _sender.Send(NotifyMessages.Reloading());

        var outcome = await ReloadAllAsync(stopping);
        if (outcome.Succeeded)
        {
            _logger.LogInformation("Configuration reloaded");
        }
        else
        {
            _logger.LogError("Reload rejected, the previous configuration stays active: {ReloadErrors}",
                string.Join("; ", outcome.Errors));
        }

        // The status line says what the reload changed (the next run, a rejected config) before systemd hears READY=1:
        // once `systemctl reload` returns, `systemctl status` is already up to date.
        if (_services.GetServices<IStatusSource>().LastOrDefault() is { } source)
        {
            _status.Update(source.Describe());
        }

        // sd_notify(3): RELOADING=1 must be followed by READY=1, also when the new configuration was rejected
        // (the old one still runs). After STOPPING=1 a READY=1 would be wrong: the reporter skips it then.
        _status.NotifyReady();

        return outcome;
    }

    private async Task<ReloadOutcome> ReloadAllAsync(CancellationToken stopping)
    {
        var outcomes = new List<ReloadOutcome>();
        foreach (var reloadable in _services.GetServices<IReloadable>())
        {
            var name = reloadable.GetType().Name;
            try
            {
                outcomes.Add(await reloadable.ReloadAsync(stopping)
                    ?? ReloadOutcome.Failure($"{name} returned no outcome."));
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                outcomes.Add(ReloadOutcome.Failure($"{name}: cancelled because the service is stopping."));
                break;
            }
            catch (Exception e)
            {
                _logger.LogError(e, "{Reloadable} failed to reload", name);
                outcomes.Add(ReloadOutcome.Failure($"{name}: {e.Message}"));
            }
        }

        return ReloadOutcome.Combine(outcomes);
    }
}
