namespace LinkedInAuto.Systemd;

/// <summary>A component that re-reads its configuration on <c>systemctl reload</c> (SIGHUP).</summary>
/// <remarks>
/// Implementations validate first and keep the old configuration when the new one is rejected; register them as
/// <c>services.AddSingleton&lt;IReloadable, X&gt;()</c>. Reloads never run concurrently with each other.
/// </remarks>
public interface IReloadable
{
    /// <summary>Reloads; returns the outcome instead of throwing for expected failures (invalid configuration).</summary>
    Task<ReloadOutcome> ReloadAsync(CancellationToken cancellationToken);
}
