using LinkedInAuto.Systemd;
using LinkedInAuto.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LinkedInAuto.Tests.Systemd;

public sealed class SystemdServiceCollectionExtensionsTests
{
    [Fact]
    public void AddSystemdIntegration_WithoutWatchdog_RegistersLifetimeButNoPinger()
    {
        var services = new ServiceCollection().AddSystemdIntegration(new FakeEnvironmentVariables().Capture());

        Assert.Contains(services, d => d.ServiceType == typeof(IHostLifetime) && d.ImplementationType == typeof(SystemdLifetime));
        Assert.DoesNotContain(services, d => d.ImplementationType == typeof(WatchdogPinger));
        Assert.Contains(services, d => d.ServiceType == typeof(LivenessMonitor));
        Assert.Contains(services, d => d.ServiceType == typeof(StatusReporter));
    }

    [Fact]
    public async Task AddSystemdIntegration_WithWatchdog_PingsThroughTheHost()
    {
        await using var listener = NotifySocketListener.BindAbstract();
        var time = new ManualTimeProvider();
        var environment = new FakeEnvironmentVariables
        {
            [SystemdConstants.NotifySocket] = listener.Address,
            [SystemdConstants.WatchdogUsec] = "20000000",
        }.Capture();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSingleton<TimeProvider>(time); // wins over the TryAdd of TimeProvider.System
        builder.Services.AddSystemdIntegration(environment);
        using var host = builder.Build();
        host.Services.GetRequiredService<LivenessMonitor>().Register("scheduler", TimeSpan.FromMinutes(5));

        await host.StartAsync();
        await listener.WaitForMessageAsync(m => m == "READY=1\nSTATUS=Running");
        await listener.WaitForMessageAsync(m => m == "WATCHDOG=1");
        var mark = listener.Count;
        Assert.True(time.ArmedTimerCount >= 1); // the pinger's PeriodicTimer exists before its first ping

        time.Advance(TimeSpan.FromSeconds(10));
        await listener.WaitForMessageAsync(m => m == "WATCHDOG=1", fromIndex: mark);
        await host.StopAsync();
    }
}
