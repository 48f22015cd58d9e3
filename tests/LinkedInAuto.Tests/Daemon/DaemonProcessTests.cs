using LinkedInAuto.Tests.Systemd;

namespace LinkedInAuto.Tests.Daemon;

/// <summary>The published daemon as systemd runs it: notify socket, watchdog, SIGHUP and SIGTERM.</summary>
public sealed class DaemonProcessTests
{
    private const int SigHup = 1;
    private const int SigTerm = 15;
    private static readonly TimeSpan s_stopBudget = TimeSpan.FromSeconds(20);

    // A bound on waiting for READY=1, not a speed target (bench/ measures start-up): a loaded two-core CI machine
    // can take well over the listener's default 15 s to start a self-contained .NET process and migrate a database.
    private static readonly TimeSpan s_startBudget = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Daemon_UnderPathNotifySocket_ReportsReadyWatchdogReloadAndStop()
    {
        await using var listener = NotifySocketListener.BindPath();
        await RunLifecycleAsync(listener);
    }

    [Fact]
    public async Task Daemon_UnderAbstractNotifySocket_ReportsReadyWatchdogReloadAndStop()
    {
        await using var listener = NotifySocketListener.BindAbstract();
        await RunLifecycleAsync(listener);
    }

    [Fact]
    public async Task Daemon_OnSighupWithInvalidConfig_KeepsRunningAndLogsTheErrors()
    {
        using var env = new DaemonTestEnvironment();
        await using var listener = NotifySocketListener.BindPath();
        await using var daemon = AppProcess.Start(["daemon", "--config", env.ConfigPath, "--log-format", "json"], env.Environment(("NOTIFY_SOCKET", listener.Address)));
        await listener.WaitForMessageAsync(m => m.Contains("READY=1", StringComparison.Ordinal), s_startBudget);

        env.WriteConfig("quotas:\n  global_daily: -5\n");
        var before = listener.Count;
        daemon.Signal(SigHup);
        await listener.WaitForMessageAsync(m => m.StartsWith("READY=1", StringComparison.Ordinal), fromIndex: before);

        Assert.Contains(daemon.Stderr, l => l.Contains("Configuration rejected", StringComparison.Ordinal) && l.Contains("quotas.global_daily", StringComparison.Ordinal) && l.Contains("config.yaml:2:17", StringComparison.Ordinal));
        daemon.Signal(SigTerm);
        await daemon.WaitForExitAsync(s_stopBudget);
        Assert.Equal(0, daemon.ExitCode);
    }

    [Fact]
    public async Task Daemon_StartedWithHangupsIgnored_StillReloadsOnSighup()
    {
        // nohup(1) leaves SIGHUP ignored, and an ignored signal survives exec: the daemon must take it back.
        using var env = new DaemonTestEnvironment();
        await using var listener = NotifySocketListener.BindPath();
        await using var daemon = AppProcess.Start(
            [AppExecutable.Path, "daemon", "--config", env.ConfigPath, "--log-format", "json"],
            env.Environment(("NOTIFY_SOCKET", listener.Address)),
            executable: "/usr/bin/nohup");
        await listener.WaitForMessageAsync(m => m.Contains("READY=1", StringComparison.Ordinal), s_startBudget);

        var before = listener.Count;
        daemon.Signal(SigHup);
        await listener.WaitForMessageAsync(m => m.Contains("RELOADING=1", StringComparison.Ordinal), fromIndex: before);
        await listener.WaitForMessageAsync(m => m.Contains("READY=1", StringComparison.Ordinal), fromIndex: before + 1);

        daemon.Signal(SigTerm);
        await daemon.WaitForExitAsync(s_stopBudget);
        Assert.Equal(0, daemon.ExitCode);
    }

    [Fact]
    public async Task Daemon_SigtermRightAfterReady_StopsGracefullyWithExitZero()
    {
        // The daemon owns SIGTERM: a stop while start-up work is still settling must still end in a graceful exit 0,
        // not in the command line library's forced 143 after its own 2 s (seen once in a few tries before).
        for (var attempt = 0; attempt < 10; attempt++)
        {
            using var env = new DaemonTestEnvironment();
            await using var listener = NotifySocketListener.BindPath();
            await using var daemon = AppProcess.Start(["daemon", "--config", env.ConfigPath, "--log-format", "json"], env.Environment(("NOTIFY_SOCKET", listener.Address)));
            await listener.WaitForMessageAsync(m => m.Contains("READY=1", StringComparison.Ordinal), s_startBudget);

            daemon.Signal(SigTerm);
            await daemon.WaitForExitAsync(s_stopBudget);

            Assert.True(daemon.ExitCode == 0, $"attempt {attempt}: {daemon.Describe()}");
        }
    }

    [Fact]
    public async Task Daemon_JsonLogFormat_WritesOneClefObjectPerLine()
    {
        using var env = new DaemonTestEnvironment();
        await using var listener = NotifySocketListener.BindPath();
        await using var daemon = AppProcess.Start(["daemon", "--config", env.ConfigPath, "--log-format", "json"], env.Environment(("NOTIFY_SOCKET", listener.Address)));
        await listener.WaitForMessageAsync(m => m.Contains("READY=1", StringComparison.Ordinal), s_startBudget);
        daemon.Signal(SigTerm);
        await daemon.WaitForExitAsync(s_stopBudget);

        Assert.NotEmpty(daemon.Stderr);
        foreach (var line in daemon.Stderr)
        {
            using var json = System.Text.Json.JsonDocument.Parse(line);
            var root = json.RootElement;
            Assert.True(DateTimeOffset.TryParse(root.GetProperty("@t").GetString(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _), line);
            Assert.True(root.TryGetProperty("@mt", out _) || root.TryGetProperty("@m", out _), line);
            if (root.TryGetProperty("@l", out var level))
            {
                Assert.NotEqual("Information", level.GetString());
            }
        }

        Assert.Contains(daemon.Stderr, l => l.Contains("\"Signal\":\"SIGTERM\"", StringComparison.Ordinal));
    }

    private static async Task RunLifecycleAsync(NotifySocketListener listener)
    {
        using var env = new DaemonTestEnvironment();
        await using var daemon = AppProcess.Start(
            ["daemon", "--config", env.ConfigPath, "--log-format", "json"],
            env.Environment(("NOTIFY_SOCKET", listener.Address), ("WATCHDOG_USEC", "2000000")));

        var ready = await listener.WaitForMessageAsync(m => m.Contains("READY=1", StringComparison.Ordinal), s_startBudget);
        Assert.Contains("STATUS=", ready, StringComparison.Ordinal);

        // WATCHDOG_USEC=2 s: a ping every half period, only while the core loop makes progress.
        var readyIndex = listener.Datagrams.First(d => d.Text.Contains("READY=1", StringComparison.Ordinal)).Index;
        // Five consecutive pings, timed when the listener's receive loop got each: a test thread that comes late to
        // one neither skips the next ping nor stretches the gap it measures.
        var pings = new List<DateTimeOffset>();
        var from = readyIndex;
        for (var i = 0; i < 5; i++)
        {
            var ping = await listener.WaitForAsync(d => d.Text == "WATCHDOG=1", TimeSpan.FromSeconds(5), fromIndex: from);
            pings.Add(ping.ReceivedUtc);
            from = ping.Index + 1;
        }

        // Roughly every second on average, and never a gap that would let the 2 s watchdog expire.
        var gaps = pings.Zip(pings.Skip(1), (a, b) => (b - a).TotalSeconds).ToArray();
        Assert.InRange(gaps.Average(), 0.75, 1.35);
        Assert.All(gaps, gap => Assert.True(gap < 1.9, $"a gap of {gap:F2} s would let WatchdogSec=2s expire"));

        var beforeReload = listener.Count;
        daemon.Signal(SigHup);
        var reloading = await listener.WaitForMessageAsync(m => m.Contains("RELOADING=1", StringComparison.Ordinal), fromIndex: beforeReload);
        Assert.Matches("MONOTONIC_USEC=[0-9]+", reloading);
        var reloadingIndex = listener.Datagrams.Last(d => d.Text.Contains("RELOADING=1", StringComparison.Ordinal)).Index;
        await listener.WaitForMessageAsync(m => m.Contains("READY=1", StringComparison.Ordinal), fromIndex: reloadingIndex + 1);

        var beforeStop = listener.Count;
        var stopStarted = TimeProvider.System.GetTimestamp();
        daemon.Signal(SigTerm);
        await listener.WaitForMessageAsync(m => m.Contains("STOPPING=1", StringComparison.Ordinal), fromIndex: beforeStop);
        await daemon.WaitForExitAsync(s_stopBudget);

        Assert.Equal(0, daemon.ExitCode);
        Assert.True(TimeProvider.System.GetElapsedTime(stopStarted) < s_stopBudget);

        // Once STOPPING=1 (sent with STATUS=Stopping) no other STATUS= may follow: the status loop still ticking
        // during shutdown must not put the idle line back into `systemctl status`.
        await listener.SyncAsync();
        var stopping = listener.Datagrams.Last(d => d.Text.Contains("STOPPING=1", StringComparison.Ordinal));
        Assert.Contains("STATUS=Stopping", stopping.Text, StringComparison.Ordinal);
        var after = listener.Datagrams.Where(d => d.Index > stopping.Index && d.Text.Contains("STATUS=", StringComparison.Ordinal)).Select(d => d.Text).ToArray();
        Assert.True(after.Length == 0, "STATUS= after STOPPING=1: " + string.Join(" | ", after));
    }
}
