using LinkedInAuto.Systemd;

namespace LinkedInAuto.Scheduling;

/// <summary>On SIGHUP, after the configuration reloaded: re-plans the bots whose schedule changed.</summary>
/// <remarks>
/// A reloadable rather than a <c>ConfigStore.Changed</c> handler so the new plan is in place before systemd hears
/// READY=1 again: `status` right after `systemctl reload` shows it. It is registered after the config reloader, so it
/// reads the new configuration; with a rejected one the old configuration is still in effect and nothing changes.
/// </remarks>
internal sealed class ScheduleReloader(BotSchedulePlanner planner) : IReloadable
{
    /// <inheritdoc/>
    public async Task<ReloadOutcome> ReloadAsync(CancellationToken cancellationToken)
    {
        await planner.ApplyAsync(cancellationToken);
        return ReloadOutcome.Success;
    }
}
