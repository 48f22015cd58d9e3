using FakeLinkedIn;
using LinkedInAuto.Tests.Control;
using Microsoft.Playwright;

namespace LinkedInAuto.Tests.Web;

/// <summary>The fake LinkedIn (French demo account), the real daemon on it, `linkedin-auto web` on the daemon, and
/// phone-sized pages of Debian's Chromium on the web page, whose console errors are collected.</summary>
internal sealed class WebPageHarness : IAsyncDisposable
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private WebPageHarness(FakeLinkedInServer fake, ControlDaemon daemon, WebSite site)
    {
        (Fake, Daemon, Site) = (fake, daemon, site);
    }

    public FakeLinkedInServer Fake { get; }

    public ControlDaemon Daemon { get; }

    public WebSite Site { get; }

    /// <summary>Gets the errors the pages wrote to their console (a CSP refusal is one).</summary>
    public List<string> ConsoleErrors { get; } = [];

    /// <summary>Starts the three; <paramref name="arrange"/> sets the fake up before the daemon starts.</summary>
    public static async Task<WebPageHarness> StartAsync(Action<FakeLinkedInServer>? arrange = null)
    {
        var scenario = Scenario.LoadFile(Path.Combine(RepositoryPaths.Root, "tests", "FakeLinkedIn", "scenarios", "demo-fr.yaml"));
        var fake = await FakeLinkedInServer.StartAsync(scenario);
        arrange?.Invoke(fake);
        var daemon = await ControlDaemon.StartAsync(ControlDaemon.Config(fake.BaseUrl, extra: WebSite.WebSection()), fake.SessionCookieValue);
        var site = await WebSite.StartAsync(daemon.Environment);
        return new WebPageHarness(fake, daemon, site);
    }

    /// <summary>Opens a page of a phone's size (390×844) on the web page.</summary>
    public async Task<IPage> OpenPhonePageAsync()
    {
        _playwright ??= await Playwright.CreateAsync();
        _browser ??= await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/lib/chromium/chromium", Headless = true });
        var context = await _browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, BaseURL = Site.BaseUrl.AbsoluteUri });
        var page = await context.NewPageAsync();
        page.Console += (_, message) => { if (message.Type == "error") { ConsoleErrors.Add($"{message.Text} ({message.Location})"); } };
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Site.DisposeAsync();
        await Daemon.DisposeAsync();
        await Fake.DisposeAsync();
    }
}
