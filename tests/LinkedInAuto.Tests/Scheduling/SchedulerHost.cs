using LinkedInAuto.Browser;
using LinkedInAuto.Configuration;
using LinkedInAuto.Platform;
using LinkedInAuto.Scheduling;
using LinkedInAuto.Session;
using LinkedInAuto.Storage;
using LinkedInAuto.SystemBus;
using LinkedInAuto.Systemd;
using LinkedInAuto.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace LinkedInAuto.Tests.Scheduling;

/// <summary>The daemon's scheduling area on a real Quartz scheduler and a real history file, driven by a manual clock.</summary>
internal sealed class SchedulerHost : IAsyncDisposable
{
    private SchedulerHost(IHost host, TestStorage storage, FakeTimeProvider clock, FakeRunExecutor executor)
    {
        Host = host;
        Storage = storage;
        Clock = clock;
        Executor = executor;
    }

    public IHost Host { get; }

    public TestStorage Storage { get; }

    public FakeTimeProvider Clock { get; }

    public FakeRunExecutor Executor { get; }

    public ScheduleBook Book => Host.Services.GetRequiredService<ScheduleBook>();

    /// <summary>Starts the scheduler at <paramref name="now"/> over <paramref name="storage"/> (a fresh one when null).</summary>
    /// <remarks>The network is asked on <paramref name="systemBus"/>; by default a bus that does not exist, so it is unknown and never holds a run back.</remarks>
    public static async Task<SchedulerHost> StartAsync(DateTimeOffset now, Action<AppConfig> configure, string[] bots, TestStorage? storage = null, int seed = 7, MemoryInfo? memory = null, string? systemBus = null)
    {
        var clock = new FakeTimeProvider(now);
        storage ??= await TestStorage.CreateAsync(configure: config => Configure(config, configure), time: clock);
        var executor = new FakeRunExecutor(clock, bots);
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddLogging();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddAppConfiguration(storage.Config, storage.Directories);
        builder.Services.AddSingleton(new LivenessMonitor(clock));
        builder.Services.AddSingleton<IRunExecutor>(executor);
        builder.Services.AddSingleton(new ScheduleJitter(new Random(seed)));
        builder.Services.AddSingleton<ActiveBrowserRegistry>();
        builder.Services.AddSingleton(new MemoryGuard(storage.Config, () => memory ?? new MemoryInfo(8L << 20, 0)));
        builder.Services.AddSingleton(provider => new SystemFacts(systemBus ?? "unix:path=/nonexistent/system_bus_socket", provider.GetRequiredService<ILogger<SystemFacts>>()));
        builder.Services.AddStorage().AddLinkedInSession().AddScheduling();
        var host = builder.Build();
        executor.Runs = host.Services.GetRequiredService<RunStore>();
        await host.StartAsync();
        return new SchedulerHost(host, storage, clock, executor);
    }

    /// <summary>Moves the clock to just before <paramref name="at"/> and then exactly to it, so a firing sees that instant.</summary>
    public void AdvanceTo(DateTimeOffset at)
    {
        var now = Clock.GetUtcNow();
        if (at - now > TimeSpan.FromMinutes(1))
        {
            Clock.Advance(at - now - TimeSpan.FromMinutes(1));
        }

        Clock.Advance(at - Clock.GetUtcNow());
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
    }

    private static void Configure(AppConfig config, Action<AppConfig> configure)
    {
        config.Schedule.ActiveHours = new TimeWindow(new TimeOnly(0, 0), TimeOnly.MaxValue);
        config.Schedule.DaysOff = [];
        config.Schedule.Jitter = TimeSpan.Zero;
        config.Schedule.CatchUp = false;
        config.Schedule.Invitations.Enabled = false;
        config.Schedule.Visitor.Enabled = false;
        configure(config);
    }
}
