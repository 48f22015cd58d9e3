using Microsoft.Playwright;

namespace FakeLinkedIn.Tests.Infrastructure;

/// <summary>A fake server plus a browser context carrying (or not) its session cookie, and one page.</summary>
public sealed class FakeSession : IAsyncDisposable
{
    private readonly bool _ownsServer;

    private FakeSession(FakeLinkedInServer server, IBrowserContext context, IPage page, bool ownsServer)
    {
        Server = server;
        Context = context;
        Page = page;
        _ownsServer = ownsServer;
    }

    public FakeLinkedInServer Server { get; }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>Starts a server for <paramref name="scenario"/> and opens a logged-in page.</summary>
    public static async Task<FakeSession> StartAsync(IBrowser browser, Scenario scenario, bool loggedIn = true)
    {
        var server = await FakeLinkedInServer.StartAsync(scenario);
        return await OpenAsync(browser, server, loggedIn, ownsServer: true);
    }

    /// <summary>Opens a page on an existing server (left running on dispose).</summary>
    public static Task<FakeSession> OpenAsync(IBrowser browser, FakeLinkedInServer server, bool loggedIn = true) =>
        OpenAsync(browser, server, loggedIn, ownsServer: false);

    private static async Task<FakeSession> OpenAsync(IBrowser browser, FakeLinkedInServer server, bool loggedIn, bool ownsServer)
    {
        // An en-US browser on purpose: the fake must render the account language, not Accept-Language.
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-US", ViewportSize = new() { Width = 1280, Height = 720 } });
        // Generous: on a loaded 2-core CI machine a page can take seconds; a timeout here means "broken", not "slow".
        context.SetDefaultTimeout(30_000);
        if (loggedIn)
        {
            await context.AddCookiesAsync(
            [
                new Cookie { Name = FakeLinkedInServer.SessionCookieName, Value = server.SessionCookieValue, Domain = server.BaseUrl.Host, Path = "/" },
            ]);
        }

        var page = await context.NewPageAsync();
        return new FakeSession(server, context, page, ownsServer);
    }

    /// <summary>Navigates to a path of the fake and returns the main response.</summary>
    public Task<IResponse?> GotoAsync(string pathAndQuery) => Page.GotoAsync(Server.Url(pathAndQuery).ToString());

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        if (_ownsServer)
        {
            await Server.DisposeAsync();
        }
    }
}
