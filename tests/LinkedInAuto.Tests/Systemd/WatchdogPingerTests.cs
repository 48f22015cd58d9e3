using System.Threading.Channels;
using LinkedInAuto.Systemd;
using LinkedInAuto.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace LinkedInAuto.Tests.Systemd;

[Collection(NotifyEnvironmentDefinition.Name)]
public sealed class WatchdogPingerTests : IAsyncLifetime
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan s_half = TimeSpan.FromSeconds(5);

    private readonly CountingFakeTimeProvider _time = new(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly FakeLogger<WatchdogPinger> _logger = new();
    private readonly Channel<bool> _checks = Channel.CreateUnbounded<bool>();
    private NotifySocketListener _listener = null!;
    private LivenessMonitor _liveness = null!;

    public Task InitializeAsync()
    {
        _listener = NotifySocketListener.BindPath();
        _liveness = new LivenessMonitor(_time);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _listener.DisposeAsync();

    [Fact]
    public async Task Pinger_WhileAlive_PingsAtStartAndEveryHalfPeriod()
    {
        _liveness.Register("scheduler", TimeSpan.FromMinutes(1));
        using var pinger = CreatePinger(watchdogPid: null);

        await pinger.StartAsync(CancellationToken.None);
        Assert.True(await NextCheckAsync());

        _time.Advance(s_half - TimeSpan.FromMilliseconds(1));
        Assert.False(_checks.Reader.TryRead(out _)); // not yet half the period
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(await NextCheckAsync());
        _time.Advance(s_half);
        Assert.True(await NextCheckAsync());

        await _listener.SyncAsync();
        Assert.Equal(["WATCHDOG=1", "WATCHDOG=1", "WATCHDOG=1"], _listener.Messages);
        await pinger.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Pinger_SourceStopsBeating_WithholdsPingAndLogsOnceThenResumes()
    {
        _liveness.Register("scheduler", TimeSpan.FromSeconds(12));
        using var pinger = CreatePinger(watchdogPid: "4242");
        await pinger.StartAsync(CancellationToken.None);
        Assert.True(await NextCheckAsync()); // t=0

        _time.Advance(s_half);
        Assert.True(await NextCheckAsync()); // t=5, silent 5 s
        _time.Advance(s_half);
        Assert.True(await NextCheckAsync()); // t=10, silent 10 s
        _time.Advance(s_half);
        Assert.False(await NextCheckAsync()); // t=15, silent 15 s > 12 s: withheld
        _time.Advance(s_half);
        Assert.False(await NextCheckAsync()); // t=20: still withheld, not logged again
        await _listener.SyncAsync();
        Assert.Equal(3, _listener.Count);
        var stall = Assert.Single(_logger.Collector.GetSnapshot(), e => e.Level == LogLevel.Error);
        Assert.Contains("scheduler", stall.Message, StringComparison.Ordinal);

        _liveness.Beat("scheduler");
        _time.Advance(s_half);
        Assert.True(await NextCheckAsync()); // t=25: progress again

        await _listener.SyncAsync();
        Assert.Equal(4, _listener.Count);
        Assert.All(_listener.Messages, m => Assert.Equal("WATCHDOG=1", m));
        Assert.Contains(_logger.Collector.GetSnapshot(), e => e.Level == LogLevel.Information && e.Message.Contains("resumed", StringComparison.Ordinal));
        await pinger.StopAsync(CancellationToken.None);
    }

    [Theory]
    [InlineData(null, "4242")] // no WatchdogSec=
    [InlineData("10000000", "1")] // the watchdog belongs to another process
    public async Task Pinger_WatchdogNotForUs_DoesNothing(string? watchdogUsec, string watchdogPid)
    {
        var environment = new FakeEnvironmentVariables
        {
            [SystemdProtocol.NotifySocket] = _listener.Address,
            [SystemdProtocol.WatchdogUsec] = watchdogUsec,
            [SystemdProtocol.WatchdogPid] = watchdogPid,
        }.Capture(processId: 4242);
        using var pinger = new WatchdogPinger(environment, PackageNotifier.Sender(environment.NotifySocket), _liveness, _time, _logger);

        await pinger.StartAsync(CancellationToken.None);
        await pinger.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(0, _time.TimersCreated);
        await _listener.SyncAsync();
        Assert.Empty(_listener.Messages);
    }

    private WatchdogPinger CreatePinger(string? watchdogPid)
    {
        var environment = new FakeEnvironmentVariables
        {
            [SystemdProtocol.NotifySocket] = _listener.Address,
            [SystemdProtocol.WatchdogUsec] = ((long)s_timeout.TotalMicroseconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
            [SystemdProtocol.WatchdogPid] = watchdogPid,
        }.Capture(processId: 4242);
        var pinger = new WatchdogPinger(environment, PackageNotifier.Sender(environment.NotifySocket), _liveness, _time, _logger);
        pinger.Checked += pinged => _checks.Writer.TryWrite(pinged);
        return pinger;
    }

    private async Task<bool> NextCheckAsync() =>
        await _checks.Reader.ReadAsync().AsTask().WaitAsync(NotifySocketListener.DefaultTimeout);
}
