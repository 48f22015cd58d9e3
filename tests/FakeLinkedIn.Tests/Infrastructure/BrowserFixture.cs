using Microsoft.Playwright;

namespace FakeLinkedIn.Tests.Infrastructure;

/// <summary>One headless Chromium for a whole test collection; each test opens its own context.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    // Without these, Chromium's background connections are refused by the closed network and slow every start.
    private static readonly string[] s_args =
    [
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-gpu", "--disable-quic",
    ];

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath(),
            Headless = true,
            Args = s_args,
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
    }

    /// <summary>Debian's Chromium (Playwright cannot download its own here); FAKE_LINKEDIN_CHROMIUM overrides it.</summary>
    private static string ChromiumPath()
    {
        var configured = Environment.GetEnvironmentVariable("FAKE_LINKEDIN_CHROMIUM");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        const string HeadlessShell = "/usr/lib/chromium/chromium-headless-shell";
        return File.Exists(HeadlessShell) ? HeadlessShell : "/usr/bin/chromium";
    }
}

/// <summary>Tests that share <see cref="BrowserFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
