using LinkedInAuto.Systemd;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LinkedInAuto.Tests.Systemd;

/// <summary>The package's lifetime with our notifier, signals and reload coordinator: what systemd hears at start, reload and stop.</summary>
[Collection(NotifyEnvironmentDefinition.Name)]
public sealed class ServiceLifecycleTests : IAsyncLifetime
{
    private readonly ScriptedReloadable _reloadable = new();
    private NotifySocketListener _listener = null!;
    private IHost _host = null!;

    public async Task InitializeAsync()
    {
        _listener = NotifySocketListener.BindPath();
        _host = BuildHost(_listener.Address, _reloadable);
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _listener.DisposeAsync();
    }

    [Fact]
    public async Task Start_SendsReadyWithStatusInOneDatagram()
    {
        Assert.IsType<Microsoft.Extensions.Hosting.Systemd.SystemdLifetime>(_host.Services.GetRequiredService<IHostLifetime>());

        await _listener.WaitForMessageAsync(m => m == "READY=1\nSTATUS=Running");
    }

    [Fact]
    public async Task StopAsync_SendsStopping()
    {
        await _listener.WaitForMessageAsync(m => m.StartsWith("READY=1", StringComparison.Ordinal));

        await _host.StopAsync();

        await _listener.WaitForMessageAsync(m => m == "STOPPING=1\nSTATUS=Stopping");
    }

    [Fact]
    public async Task Reload_Accepted_SendsReloadingThenReady()
    {
        await _listener.WaitForMessageAsync(m => m.StartsWith("READY=1", StringComparison.Ordinal));
        var mark = _listener.Count;
        var before = MonotonicClock.GetMicroseconds();

        var outcome = await Reloads.RequestReloadAsync();
        await _listener.SyncAsync();

        Assert.True(outcome.Succeeded);
        Assert.Equal(1, _reloadable.Calls);
        var messages = _listener.Messages.Skip(mark).ToArray();
        Assert.Equal(2, messages.Length);
        Assert.StartsWith("RELOADING=1\nMONOTONIC_USEC=", messages[0], StringComparison.Ordinal);
        Assert.InRange(ulong.Parse(messages[0].Split('=')[^1], System.Globalization.CultureInfo.InvariantCulture),
            before, MonotonicClock.GetMicroseconds());
        Assert.Equal("READY=1\nSTATUS=Running", messages[1]);
    }

    [Fact]
    public async Task Reload_Rejected_StillSendsReadyAndReportsErrors()
    {
        await _listener.WaitForMessageAsync(m => m.StartsWith("READY=1", StringComparison.Ordinal));
        _reloadable.Next = () => Task.FromResult(ReloadOutcome.Failure("config.yaml: Bots.Invites.DailyLimit must be > 0"));
        var mark = _listener.Count;

        var outcome = await Reloads.RequestReloadAsync();
        await _listener.SyncAsync();

        Assert.False(outcome.Succeeded);
        Assert.Equal(["config.yaml: Bots.Invites.DailyLimit must be > 0"], outcome.Errors);
        var messages = _listener.Messages.Skip(mark).ToArray();
        Assert.StartsWith("RELOADING=1\n", messages[0], StringComparison.Ordinal);
        Assert.Equal("READY=1\nSTATUS=Running", messages[1]);
    }

    [Fact]
    public async Task Reload_ReloadableThrows_RejectedAndStillReady()
    {
        await _listener.WaitForMessageAsync(m => m.StartsWith("READY=1", StringComparison.Ordinal));
        _reloadable.Next = () => throw new InvalidDataException("broken YAML");
        var mark = _listener.Count;

        var outcome = await Reloads.RequestReloadAsync();

        Assert.False(outcome.Succeeded);
        Assert.Contains(outcome.Errors, e => e.Contains("broken YAML", StringComparison.Ordinal));
        await _listener.WaitForMessageAsync(m => m == "READY=1\nSTATUS=Running", fromIndex: mark);
    }

    [Fact]
    public async Task Reload_RequestedDuringReload_QueuesExactlyOneMoreAndNeverOverlaps()
    {
        await _listener.WaitForMessageAsync(m => m.StartsWith("READY=1", StringComparison.Ordinal));
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _reloadable.Next = async () =>
        {
            entered.TrySetResult();
            await gate.Task;
            return ReloadOutcome.Success;
        };

        var first = Reloads.RequestReloadAsync();
        await entered.Task.WaitAsync(NotifySocketListener.DefaultTimeout);
        var second = Reloads.RequestReloadAsync();
        var third = Reloads.RequestReloadAsync();
        Assert.Same(second, third); // requests during a reload join the one queued reload
        Assert.False(second.IsCompleted);
        gate.SetResult();

        await Task.WhenAll(first, second).WaitAsync(NotifySocketListener.DefaultTimeout);
        Assert.Equal(2, _reloadable.Calls);
        Assert.Equal(1, _reloadable.MaxConcurrency);
    }

    [Fact]
    public async Task Lifetime_WithoutNotifySocket_ReloadsSilently()
    {
        var reloadable = new ScriptedReloadable();
        using var host = BuildHost(notifySocket: null, reloadable);
        await host.StartAsync();

        var outcome = await host.Services.GetRequiredService<ReloadCoordinator>().RequestReloadAsync();

        Assert.True(outcome.Succeeded);
        Assert.Equal(1, reloadable.Calls);
        Assert.False(host.Services.GetRequiredService<NotifySender>().IsEnabled);
        await host.StopAsync();
    }

    private ReloadCoordinator Reloads => _host.Services.GetRequiredService<ReloadCoordinator>();

    private static IHost BuildHost(string? notifySocket, ScriptedReloadable reloadable)
    {
        var environment = new FakeEnvironmentVariables { [SystemdProtocol.NotifySocket] = notifySocket }.Capture();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSystemdIntegration(environment, PackageNotifier.For(notifySocket));
        builder.Services.AddSingleton<IReloadable>(reloadable);
        return builder.Build();
    }

    private sealed class ScriptedReloadable : IReloadable
    {
        private int _calls;
        private int _active;
        private int _maxConcurrency;

        public Func<Task<ReloadOutcome>> Next { get; set; } = () => Task.FromResult(ReloadOutcome.Success);

        public int Calls => Volatile.Read(ref _calls);

        public int MaxConcurrency => Volatile.Read(ref _maxConcurrency);

        public async Task<ReloadOutcome> ReloadAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            var active = Interlocked.Increment(ref _active);
            InterlockedMax(ref _maxConcurrency, active);
            try
            {
                return await Next();
            }
            finally
            {
                Interlocked.Decrement(ref _active);
            }
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int current;
            while ((current = Volatile.Read(ref target)) < value
                && Interlocked.CompareExchange(ref target, value, current) != current)
            {
            }
        }
    }
}
