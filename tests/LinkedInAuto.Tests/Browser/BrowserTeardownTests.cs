using LinkedInAuto.Browser;
using LinkedInAuto.Configuration;

namespace LinkedInAuto.Tests.Browser;

/// <summary>Acceptance 4: whatever way a run ends, no process of its browser tree remains.</summary>
public sealed class BrowserTeardownTests : IAsyncLifetime
{
    private readonly ActiveBrowserRegistry _registry = new();
    private readonly string _runtime = Directory.CreateTempSubdirectory("linkedin-auto-browser-").FullName;
    private TestWebServer _server = null!;

    /// <inheritdoc/>
    public async Task InitializeAsync() => _server = await TestWebServer.StartAsync();

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_runtime, recursive: true);
    }

    [Theory]
    [InlineData(BrowserMode.Default)]
    [InlineData(BrowserMode.LowMemory)]
    public async Task DisposeAsync_AfterARun_LeavesNoProcessAndNoProfile(BrowserMode mode)
    {
        var session = await Launcher(mode).StartAsync("normal-" + mode, CancellationToken.None);
        await session.Navigator.GotoAsync("/");
        var recorded = TreeAssert.Record(session);
        Assert.True(recorded.Count >= 4, $"expected driver, browser and helpers, got {recorded.Count} processes");

        await session.DisposeAsync();

        TreeAssert.Gone(session.Paths, recorded);
        Assert.Empty(_registry.Runs);
    }

    [Fact]
    public async Task DisposeAsync_AfterNavigationCancelledMidway_LeavesNoProcess()
    {
        var session = await Launcher(BrowserMode.Default).StartAsync("cancelled", CancellationToken.None);
        using var cancellation = new CancellationTokenSource();
        var navigation = session.Navigator.GotoAsync("/hang", cancellation.Token);
        await _server.HangRequested.WaitAsync(TimeSpan.FromSeconds(30));
        var recorded = TreeAssert.Record(session);

        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => navigation);
        await session.DisposeAsync();

        TreeAssert.Gone(session.Paths, recorded);
    }

    [Fact]
    public async Task DisposeAsync_AfterDriverWasKilled_KillsTheChromiumItLeft()
    {
        var session = await Launcher(BrowserMode.Default).StartAsync("driver-killed", CancellationToken.None);
        var recorded = TreeAssert.Record(session);
        var driver = recorded.Single(i => i.Pid == session.DriverProcessId);

        Assert.Equal(SignalResult.Sent, ProcessTree.Signal(driver, ProcessTree.SigKill));
        await Assert.ThrowsAnyAsync<Exception>(() => session.Navigator.GotoAsync("/"));
        await session.DisposeAsync();

        TreeAssert.Gone(session.Paths, recorded);
    }

    [Fact]
    public async Task StartAsync_CancelledDuringLaunch_LeavesNothing()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(400));
        var paths = BrowserRunPaths.For(_runtime, "cancelled-launch", string.Empty);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Launcher(BrowserMode.Default).StartAsync(paths.RunId, cancellation.Token));

        TreeAssert.Gone(paths, []);
        Assert.Empty(_registry.Runs);

        // Other tests start drivers in parallel: ours is the one whose environment names this run.
        Assert.DoesNotContain(
            ProcessTree.Snapshot(),
            p => !p.IsZombie && TreeAssert.EnvironmentOf(p.Pid).GetValueOrDefault(ChildEnvironment.RunIdVariable) == paths.RunId);
    }

    private BrowserLauncher Launcher(BrowserMode mode) =>
        BrowserTestConfig.Launcher(BrowserTestConfig.Config(_server.BaseUrl, mode), _runtime, _registry);
}
