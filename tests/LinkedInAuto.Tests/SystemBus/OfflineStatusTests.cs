using LinkedInAuto.SystemBus;
using LinkedInAuto.Tests.Control;
using LinkedInAuto.Tests.Daemon;

namespace LinkedInAuto.Tests.SystemBus;

/// <summary>`status` with the daemon down says what systemd knows of the unit, read over the system bus.</summary>
[Collection(ProcessControlDefinition.Name)]
public sealed class OfflineStatusTests
{
    [Fact]
    public async Task Status_DaemonDown_ShowsTheUnitsStateFromSystemd()
    {
        await using var bus = await PrivateBus.StartAsync();
        await using var systemd = await StandInSystem.StartAsync(bus.Address, new StandInSystem
        {
            Units = { [SystemFacts.ServiceUnit] = StandInSystem.Service("failed", "failed", restarts: 5, exitStatus: 1) },
        });
        using var environment = await StoppedDaemonAsync();

        var status = await AppProcess.RunAsync(["status", "--config", environment.ConfigPath], environment.Environment((SystemFacts.AddressVariable, bus.Address)));

        Assert.True(status.ExitCode == 0, status.Describe());
        Assert.Contains(status.Stdout, l => l == "daemon:   not running — systemd: failed (failed), last exit status 1, 5 restarts");
    }

    [Fact]
    public async Task Status_DaemonDownNoBus_SaysNotRunningOnly()
    {
        using var environment = await StoppedDaemonAsync();

        var status = await AppProcess.RunAsync(["status", "--config", environment.ConfigPath], environment.Environment((SystemFacts.AddressVariable, "unix:path=/nonexistent/bus")));

        Assert.True(status.ExitCode == 0, status.Describe());
        Assert.Contains(status.Stdout, l => l == "daemon:   not running");
    }

    // A daemon that ran once (it created the history) and is down now.
    private static async Task<DaemonTestEnvironment> StoppedDaemonAsync()
    {
        var environment = new DaemonTestEnvironment();
        environment.WriteConfig(ControlDaemon.Config(null));
        await (await ControlDaemon.StartInAsync(environment)).DisposeAsync();
        return environment;
    }
}
