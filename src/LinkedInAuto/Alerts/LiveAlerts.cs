using LinkedInAuto.Scheduling;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Alerts;

/// <summary>Alerts at the moment things happen, mid-run included: the account needs attention (checkpoint, restriction,
/// expired session), LinkedIn imposed a limit, memory too low to start a run.</summary>
public sealed partial class LiveAlerts(AlertDispatcher alerts, AccountStateStore accounts, CooldownStore cooldowns, MemoryGuard memory, TimeProvider time, ILogger<LiveAlerts> logger) : IHostedService
{
    /// <inheritdoc/>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        accounts.Changed += OnAccountChanged;
        cooldowns.Set += OnCooldown;
        memory.Short += OnMemoryShort;
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken)
    {
        accounts.Changed -= OnAccountChanged;
        cooldowns.Set -= OnCooldown;
        memory.Short -= OnMemoryShort;
        return Task.CompletedTask;
    }

    private void OnAccountChanged(AccountStatus status)
    {
        if (status.State is AccountState.Checkpoint or AccountState.Restricted or AccountState.SessionExpired)
        {
            Publish(() => AlertTexts.Attention(status, time.GetUtcNow()));
        }
    }

    private void OnCooldown(Cooldown cooldown) => Publish(() => AlertTexts.Limit(cooldown, time.GetUtcNow()));

    private void OnMemoryShort(MemoryCheck check) => Publish(() => AlertTexts.MemoryLow(check, time.GetUtcNow()));

    // These run inside a bot's or the scheduler's call: whatever goes wrong here must not reach it.
    private void Publish(Func<AlertMessage> compose)
    {
        try
        {
            alerts.Publish(compose());
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An alert could not be queued")]
    private partial void LogFailed(Exception exception);
}
