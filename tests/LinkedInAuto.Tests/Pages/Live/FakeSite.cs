using FakeLinkedIn;
using LinkedInAuto.Browser;
using LinkedInAuto.Configuration;
using LinkedInAuto.Engine;
using LinkedInAuto.Pages.Selectors;
using LinkedInAuto.Pages.States;
using LinkedInAuto.Tests.Browser;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;

namespace LinkedInAuto.Tests.Pages.Live;

/// <summary>One fake LinkedIn in one account language, and a real Chromium on it driven through the product's engine.</summary>
public sealed class FakeSite : IAsyncDisposable
{
    private readonly TempDirectory _directory;

    private FakeSite(string language, FakeLinkedInServer fake, BrowserSession session, LinkedInPage page, TempDirectory directory)
    {
        Language = language;
        Fake = fake;
        Session = session;
        Page = page;
        _directory = directory;
    }

    /// <summary>Gets the account language of the scenario (`fr` or `en`).</summary>
    public string Language { get; }

    /// <summary>Gets the fake LinkedIn.</summary>
    public FakeLinkedInServer Fake { get; }

    /// <summary>Gets the browser session.</summary>
    public BrowserSession Session { get; }

    /// <summary>Gets the engine's page: navigation, classification, selectors.</summary>
    public LinkedInPage Page { get; }

    /// <summary>Starts the fake with the `demo-<paramref name="language"/>` scenario and a browser holding its session cookie.</summary>
    public static async Task<FakeSite> StartAsync(string language)
    {
        var scenario = Scenario.LoadFile(Path.Combine(RepositoryPaths.Root, "tests", "FakeLinkedIn", "scenarios", $"demo-{language}.yaml"));
        var fake = await FakeLinkedInServer.StartAsync(scenario);
        var directory = new TempDirectory();
        var launcher = BrowserTestConfig.Launcher(BrowserTestConfig.Config(fake.BaseUrl), directory.Path, new ActiveBrowserRegistry());
        var session = await launcher.StartAsync("pages-" + language, CancellationToken.None);
        await session.Context.AddCookiesAsync([new Cookie { Name = FakeLinkedInServer.SessionCookieName, Value = fake.SessionCookieValue, Url = fake.BaseUrl.AbsoluteUri }]);
        var finder = new ElementFinder(SelectorCatalog.Load(ShippedSelectors), new NoSelectorStatistics());
        var evidence = new EvidenceCollector(new AppDirectories(directory.Path, directory.Path, null), TimeProvider.System, NullLogger<EvidenceCollector>.Instance);
        var page = new LinkedInPage(session, finder, new PageSignalReader(finder), evidence, NullLogger<LinkedInPage>.Instance);
        return new FakeSite(language, fake, session, page, directory);
    }

    /// <summary>Gets the shipped selectors file.</summary>
    public static string ShippedSelectors => Path.Combine(RepositoryPaths.Root, "config", SelectorCatalog.FileName);

    /// <summary>Restores the scenario's world and switches, then selects the DOM variant; every list renders whole.</summary>
    public void Reset(bool domVariant) => Reset(domVariant ? Builds.Variant : Builds.First);

    /// <summary>Restores the scenario's world and switches, then selects a build of the pages (<see cref="Builds"/>); every list renders whole.</summary>
    public void Reset(string build)
    {
        Fake.Reset();
        Fake.Faults.DomVariant = build == Builds.Variant;
        Fake.Faults.Markup = build switch
        {
            Builds.Second => "b",
            Builds.Unknown => "unknown",
            _ => "a",
        };
        Fake.Faults.LazyPageSize = 0;
    }

    /// <summary>Opens a logged-in page the step expects (under <paramref name="path"/>'s directory).</summary>
    public Task<PageClassification> OpenAsync(string path, string? expectedPrefix = null) =>
        Page.OpenAsync(path, PageExpectation.Paths(expectedPrefix ?? path.Split('?')[0]), CancellationToken.None);

    /// <summary>Finds <paramref name="element"/> in <paramref name="scope"/> (default: the document) and asserts it is there.</summary>
    public async Task<ElementMatch> RequireAsync(string element, ILocator? scope = null)
    {
        var match = await Page.FindAsync(element, scope);
        Assert.True(match.Found, $"{element} not found ({Language}, dom_variant={Fake.Faults.DomVariant}, markup={Fake.Faults.Markup}) on {Page.Page.Url}");
        return match;
    }

    /// <summary>Waits up to 10 s for <paramref name="element"/> in <paramref name="scope"/> and asserts it appeared.</summary>
    public async Task<ElementMatch> AwaitAsync(string element, ILocator? scope = null)
    {
        var match = await Page.WaitForAsync(element, TimeSpan.FromSeconds(10), scope);
        Assert.True(match.Found, $"{element} did not appear ({Language}, dom_variant={Fake.Faults.DomVariant}, markup={Fake.Faults.Markup}) on {Page.Page.Url}");
        return match;
    }

    /// <summary>Clicks with the product's human input (real, trusted events).</summary>
    public Task ClickAsync(ILocator target) => Page.Input.ClickAsync(target, CancellationToken.None);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await Session.DisposeAsync();
        await Fake.DisposeAsync();
        _directory.Dispose();
    }
}

/// <summary>The builds of the fake's pages the selectors are tried on.</summary>
public static class Builds
{
    /// <summary>The first markup.</summary>
    public const string First = "a";

    /// <summary>The first markup's other build: other hashes, name in h2, old invitation layout.</summary>
    public const string Variant = "a-variant";

    /// <summary>The second markup: other classes, other order, names only in alt and labels, plain-text ages, icon buttons.</summary>
    public const string Second = "b";

    /// <summary>The second markup without list semantics: items neither the classes nor the structure reveal.</summary>
    public const string Unknown = "unknown";
}
