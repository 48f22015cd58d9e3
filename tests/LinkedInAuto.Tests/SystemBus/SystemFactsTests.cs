using LinkedInAuto.SystemBus;
using Microsoft.Extensions.Logging.Testing;

namespace LinkedInAuto.Tests.SystemBus;

/// <summary><see cref="SystemFacts"/> on a real dbus-daemon, asking our stand-in for systemd, timedated and the network managers.</summary>
public sealed class SystemFactsTests : IAsyncLifetime
{
    private PrivateBus _bus = null!;
    private readonly FakeLogger<SystemFacts> _logger = new();

    public async Task InitializeAsync() => _bus = await PrivateBus.StartAsync();

    public async Task DisposeAsync() => await _bus.DisposeAsync();

    [Fact]
    public async Task Unit_RunningService_StateRestartsExitStatusAndMemory()
    {
        await using var system = await StandInSystem.StartAsync(_bus.Address, new StandInSystem
        {
            Units = { ["linkedin-auto.service"] = StandInSystem.Service("active", "running", restarts: 2, exitStatus: 0, memory: 134_217_728) },
        });

        var unit = await Facts.GetUnitAsync("linkedin-auto.service", default);

        Assert.Equal(new UnitFacts("loaded", "active", "running", 2, 0, 134_217_728), unit);
        Assert.True(unit!.IsInstalled);
    }

    [Fact]
    public async Task Unit_FailedWithoutMemoryAccounting_ExitStatusAndNoMemory()
    {
        await using var system = await StandInSystem.StartAsync(_bus.Address, new StandInSystem
        {
            Units = { ["linkedin-auto.service"] = StandInSystem.Service("failed", "failed", restarts: 5, exitStatus: 1) },
        });

        var unit = await Facts.GetUnitAsync("linkedin-auto.service", default);

        Assert.Equal(new UnitFacts("loaded", "failed", "failed", 5, 1, null), unit);
    }

    [Fact]
    public async Task Unit_NotInstalled_NotFound()
    {
        await using var system = await StandInSystem.StartAsync(_bus.Address, new StandInSystem());

        var unit = await Facts.GetUnitAsync("linkedin-auto.service", default);

        Assert.Equal("not-found", unit!.LoadState);
        Assert.False(unit.IsInstalled);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Clock_TimedatedSaysWhetherSynchronized(bool synchronized)
    {
        await using var system = await StandInSystem.StartAsync(_bus.Address, new StandInSystem { NtpSynchronized = synchronized });

        Assert.Equal(synchronized, await Facts.IsClockSynchronizedAsync(default));
    }

    [Fact]
    public async Task Clock_NoTimedated_Unknown()
    {
        await using var system = await StandInSystem.StartAsync(_bus.Address, new StandInSystem());

        Assert.Null(await Facts.IsClockSynchronizedAsync(default));
    }

    [Theory]
    [InlineData(70u, true)] // connected globally
    [InlineData(60u, true)] // site: a failed connectivity check is not proof of being offline
    [InlineData(50u, false)] // local network only
    [InlineData(20u, false)] // disconnected
    [InlineData(10u, false)] // asleep
    public async Task Network_NetworkManagerState(uint state, bool online)
    {
        await using var system = await StandInSystem.StartAsync(_bus.Address, new StandInSystem { NetworkManagerState = state, NetworkdOnlineState = "online" });

        var network = await Facts.GetNetworkAsync(default);

        Assert.Equal(online, network.Online);
        Assert.StartsWith("NetworkManager: state " + state, network.Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("online", true)]
    [InlineData("partial", true)]
    [InlineData("offline", false)]
    public async Task Network_WithoutNetworkManager_SystemdNetworkd(string onlineState, bool online)
    {
        await using var system = await StandInSystem.StartAsync(_bus.Address, new StandInSystem { NetworkdOnlineState = onlineState });

        var network = await Facts.GetNetworkAsync(default);

        Assert.Equal(online, network.Online);
        Assert.Equal("systemd-networkd: " + onlineState, network.Source);
    }

    [Fact]
    public async Task Network_NoNetworkManagerAtAll_UnknownNeverOffline()
    {
        await using var system = await StandInSystem.StartAsync(_bus.Address, new StandInSystem());

        var network = await Facts.GetNetworkAsync(default);

        Assert.Null(network.Online);
        Assert.False(network.IsOffline);
    }

    [Fact]
    public async Task NoBus_EveryAnswerUnknown_NothingThrown()
    {
        var facts = new SystemFacts("unix:path=/tmp/lia-no-bus-" + Guid.NewGuid().ToString("N")[..8], _logger);

        Assert.Null(await facts.GetUnitAsync("linkedin-auto.service", default));
        Assert.Null(await facts.IsClockSynchronizedAsync(default));
        Assert.Same(NetworkState.Unknown, await facts.GetNetworkAsync(default));
    }

    [Fact]
    public async Task SilentService_AnswerUnknownAfterTheTimeout()
    {
        await using var system = await StandInSystem.StartAsync(_bus.Address, new StandInSystem { Silent = true, NtpSynchronized = true });
        var started = TimeProvider.System.GetTimestamp();

        var synchronized = await Facts.IsClockSynchronizedAsync(default);

        Assert.Null(synchronized);
        Assert.InRange(TimeProvider.System.GetElapsedTime(started), SystemFacts.Timeout - TimeSpan.FromMilliseconds(100), SystemFacts.Timeout + TimeSpan.FromSeconds(10));
    }

    private SystemFacts Facts => new(_bus.Address, _logger);
}
