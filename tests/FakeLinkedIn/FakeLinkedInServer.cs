using System.Globalization;
using System.Net;
using FakeLinkedIn.State;
using FakeLinkedIn.Web;

namespace FakeLinkedIn;

/// <summary>A running fake LinkedIn on 127.0.0.1: base URL, action record, fault switches and clock.</summary>
public sealed class FakeLinkedInServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly FakeState _state;

    private FakeLinkedInServer(WebApplication app, FakeState state, Uri baseUrl)
    {
        _app = app;
        _state = state;
        BaseUrl = baseUrl;
    }

    /// <summary><c>http://127.0.0.1:&lt;port&gt;/</c> (with trailing slash).</summary>
    public Uri BaseUrl { get; }

    public Scenario Scenario => _state.Scenario;

    /// <summary>Every recorded action (messages sent, accepts, ignores, withdrawals, invitations, profile views, searches).</summary>
    public FakeActionLog Actions => _state.Actions;

    /// <summary>Runtime fault switches; changes apply to the next request.</summary>
    public FakeFaults Faults => _state.Faults;

    /// <summary>The fake's clock; <see cref="FakeClock.SetToday"/> moves "today".</summary>
    public FakeClock Clock => _state.Clock;

    /// <summary>Name of the session cookie pages require.</summary>
    public static string SessionCookieName => SessionGate.CookieName;

    /// <summary>A <c>li_at</c> value the fake accepts (the scenario's, or a placeholder when any value is accepted).</summary>
    public string SessionCookieValue => LoginRoutes.SessionValue(_state);

    /// <summary>Starts a fake serving <paramref name="scenario"/> on a free port.</summary>
    public static Task<FakeLinkedInServer> StartAsync(Scenario scenario, CancellationToken cancellationToken = default) =>
        StartAsync(scenario, new FakeServerOptions(), cancellationToken);

    public static async Task<FakeLinkedInServer> StartAsync(Scenario scenario, FakeServerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        // A start date given by the caller replaces the scenario's: relative dates (birthday_days_ago, sent_days_ago)
        // follow it, so a scenario works on any day. Moving the clock later (SetToday) is time passing instead.
        if (options.Today is { } startDay)
        {
            scenario.Today = startDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var today = DateOnly.ParseExact(scenario.Today, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var clock = new FakeClock(today, TimeZoneInfo.FindSystemTimeZoneById(scenario.TimeZone), options.TimeProvider);
        var state = new FakeState(scenario, clock, new FakeFaults(), new FakeActionLog());

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
        builder.Logging.ClearProviders();
        if (options.ConsoleLogLevel is { } level)
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(level);
        }

        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        var app = builder.Build();
        RefusedAttempts.Use(app, state);
        AccountFaultGate.Use(app, state);
        SessionGate.Use(app, state);
        ControlRoutes.Map(app, state);
        AssetRoutes.Map(app, state);
        PageRoutes.Map(app, state);
        FragmentRoutes.Map(app, state);
        ActionRoutes.Map(app, state);

        await app.StartAsync(cancellationToken);
        var address = app.Urls.First();
        return new FakeLinkedInServer(app, state, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>Absolute URL of a path and query on this server.</summary>
    public Uri Url(string pathAndQuery) => new(BaseUrl, pathAndQuery);

    /// <summary>Restores the scenario's state, switches and date, and clears the action record.</summary>
    public void Reset() => _state.Reset();

    /// <summary>Completes when the host stops (SIGINT/SIGTERM in the standalone process).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
