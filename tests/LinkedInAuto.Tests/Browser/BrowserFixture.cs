using LinkedInAuto.Browser;

namespace LinkedInAuto.Tests.Browser;

/// <summary>One local server and one default-mode browser, shared by the tests that only read or drive a page.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly string _runtime = Directory.CreateTempSubdirectory("linkedin-auto-browser-").FullName;

    /// <summary>Gets the local server.</summary>
    public TestWebServer Server { get; private set; } = null!;

    /// <summary>Gets the shared session.</summary>
    public BrowserSession Session { get; private set; } = null!;

    /// <summary>Gets the clock given to the launcher; it counts the timers input creates.</summary>
    public CountingTimeProvider Time { get; } = new();

    /// <summary>Gets the registry the session is in.</summary>
    public ActiveBrowserRegistry Registry { get; } = new();

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        Server = await TestWebServer.StartAsync();
        var launcher = BrowserTestConfig.Launcher(BrowserTestConfig.Config(Server.BaseUrl), _runtime, Registry, Time);
        Session = await launcher.StartAsync("shared", CancellationToken.None);
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        await Session.DisposeAsync();
        await Server.DisposeAsync();
        Directory.Delete(_runtime, recursive: true);
    }
}

/// <summary>The collection of tests sharing <see cref="BrowserFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class SharedBrowserDefinition : ICollectionFixture<BrowserFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "shared browser";
}

/// <summary>The system clock, counting the timers created through it.</summary>
public sealed class CountingTimeProvider : TimeProvider
{
    private int _timers;

    /// <summary>Gets how many timers were created.</summary>
    public int Timers => Volatile.Read(ref _timers);

    /// <summary>Gets the due times of the timers created, in order.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<TimeSpan> DueTimes { get; } = new();

    /// <inheritdoc/>
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Interlocked.Increment(ref _timers);
        DueTimes.Enqueue(dueTime);
        return System.CreateTimer(callback, state, dueTime, period);
    }
}
