using LinkedInAuto.Scheduling;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;
using Microsoft.Extensions.Hosting;

namespace LinkedInAuto.Alerts;

/// <summary>Alerts at the moment things happen, mid-run included: the account needs attention (checkpoint, restriction,
/// expired session), LinkedIn imposed a limit, memory too low to start a run.</summary>
public sealed class LiveAlerts(AlertDispatcher alerts, AccountStateStore accounts, CooldownStore cooldowns, MemoryGuard memory, TimeProvider time) : IHostedService
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
            alerts.Publish(AlertTexts.Attention(status, time.GetUtcNow()));
        }
    }

    private void OnCooldown(Cooldown cooldown) => alerts.Publish(AlertTexts.Limit(cooldown, time.GetUtcNow()));

    private void OnMemoryShort(MemoryCheck check) => alerts.Publish(AlertTexts.MemoryLow(check, time.GetUtcNow()));
}
