using LinkedInAuto.Systemd;
using LinkedInAuto.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LinkedInAuto.Tests.Systemd;

[Collection(NotifyEnvironmentDefinition.Name)]
public sealed class SystemdServiceCollectionExtensionsTests
{
    [Fact]
    public void AddSystemdIntegration_Unsupervised_KeepsTheConsoleLifetimeAndNoPinger()
    {
        var services = new ServiceCollection().AddSystemdIntegration(new FakeEnvironmentVariables().Capture(), PackageNotifier.For(null));

        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IHostLifetime));
        Assert.DoesNotContain(services, d => d.ImplementationType == typeof(WatchdogPinger));
        Assert.Contains(services, d => d.ServiceType == typeof(LivenessMonitor));
        Assert.Contains(services, d => d.ServiceType == typeof(StatusReporter));
    }

    [Theory]
    [InlineData("/run/systemd/notify", false)] // handed a notify socket (the daemon tests do this)
    [InlineData(null, true)] // a service without Type=notify
    public void AddSystemdIntegration_Supervised_UsesThePackagesLifetime(string? notifySocket, bool service)
    {
        var environment = new FakeEnvironmentVariables { [SystemdProtocol.NotifySocket] = notifySocket }.Capture(packageSaysService: service);

        var services = new ServiceCollection().AddSystemdIntegration(environment, PackageNotifier.For(notifySocket));

        Assert.Contains(services, d => d.ServiceType == typeof(IHostLifetime) && d.ImplementationType == typeof(Microsoft.Extensions.Hosting.Systemd.SystemdLifetime));
    }

    [Fact]
    public async Task AddSystemdIntegration_WithWatchdog_PingsThroughTheHost()
    {
        await using var listener = NotifySocketListener.BindAbstract();
        var time = new CountingFakeTimeProvider(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var environment = new FakeEnvironmentVariables
        {
            [SystemdProtocol.NotifySocket] = listener.Address,
            [SystemdProtocol.WatchdogUsec] = "20000000",
        }.Capture();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSingleton<TimeProvider>(time); // wins over the TryAdd of TimeProvider.System
        builder.Services.AddSystemdIntegration(environment, PackageNotifier.For(listener.Address));
        using var host = builder.Build();
        host.Services.GetRequiredService<LivenessMonitor>().Register("scheduler", TimeSpan.FromMinutes(5));

        await host.StartAsync();
        await listener.WaitForMessageAsync(m => m == "READY=1\nSTATUS=Running");
        await listener.WaitForMessageAsync(m => m == "WATCHDOG=1");
        var mark = listener.Count;
        Assert.True(time.TimersCreated >= 1); // the pinger's PeriodicTimer exists before its first ping

        time.Advance(TimeSpan.FromSeconds(10));
        await listener.WaitForMessageAsync(m => m == "WATCHDOG=1", fromIndex: mark);
        await host.StopAsync();
    }
}
