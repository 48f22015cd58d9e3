namespace LinkedInAuto.SystemBus;

/// <summary>What systemd says about a service unit (org.freedesktop.systemd1.Unit and .Service properties).</summary>
/// <param name="LoadState">`loaded`, `not-found`, `masked`, …</param>
/// <param name="ActiveState">`active`, `reloading`, `inactive`, `failed`, `activating`, `deactivating`.</param>
/// <param name="SubState">The type-specific state, e.g. `running`, `exited`, `dead`, `auto-restart`.</param>
/// <param name="Restarts">How many times Restart= restarted it since it was last started by hand (NRestarts).</param>
/// <param name="ExecMainStatus">The exit code (or signal number) of the main process's last exit.</param>
/// <param name="MemoryCurrentBytes">The unit's memory use per its cgroup; null when systemd does not account it.</param>
public sealed record UnitFacts(string LoadState, string ActiveState, string SubState, uint Restarts, int ExecMainStatus, ulong? MemoryCurrentBytes)
{
    /// <summary>Gets a value indicating whether systemd knows the unit at all.</summary>
    public bool IsInstalled => LoadState is not ("not-found" or "stub");
}
