using LinkedInAuto.Browser;
using Microsoft.Playwright;

namespace LinkedInAuto.Tests.Browser;

[Collection(SharedBrowserDefinition.Name)]
public sealed class BrowserContextTests(BrowserFixture fixture)
{
    private IPage Page => fixture.Session.Page;

    [Fact]
    public async Task Context_LocaleAndTimeZone_ComeFromConfig()
    {
        await fixture.Session.Navigator.GotoAsync("/");

        Assert.Equal("fr-FR", await Page.EvaluateAsync<string>("navigator.language"));
        Assert.Equal(BrowserTestConfig.TimeZone, await Page.EvaluateAsync<string>("Intl.DateTimeFormat().resolvedOptions().timeZone"));
    }

    [Fact]
    public async Task Context_Webdriver_ReadsFalseLikeAPersonsBrowser()
    {
        await fixture.Session.Navigator.GotoAsync("/");

        Assert.False(await Page.EvaluateAsync<bool>("navigator.webdriver"));
    }

    [Fact]
    public async Task Context_UserAgent_IsTheBrowsersOwnWithoutHeadless()
    {
        await fixture.Session.Navigator.GotoAsync("/headers");
        var ours = await Page.EvaluateAsync<string>("navigator.userAgent");

        // The same binary launched by plain Playwright, with no option of ours, reports its native user agent: ours
        // differs only by the word that gives a headless browser away.
        using var playwright = await Playwright.CreateAsync();
        await using var plain = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/lib/chromium/chromium", Headless = true });
        var page = await plain.NewPageAsync();
        var native = await page.EvaluateAsync<string>("navigator.userAgent");

        Assert.Contains("HeadlessChrome/", native, StringComparison.Ordinal);
        Assert.Equal(native.Replace("HeadlessChrome/", "Chrome/", StringComparison.Ordinal), ours);
        Assert.Equal(ours, fixture.Server.LastUserAgent);
    }

    [Fact]
    public void CommandLine_ValuedSwitches_OursComeLastAndExtendPlaywrights()
    {
        var browser = BrowserMain();

        foreach (var name in new[] { "--disable-features=", "--blink-settings=", "--enable-features=" })
        {
            var values = browser.Arguments.Where(a => a.StartsWith(name, StringComparison.Ordinal)).Select(a => a[name.Length..].Split(',').ToHashSet()).ToList();

            // Chromium keeps only the last occurrence: it must hold every value of the earlier ones (Playwright's).
            Assert.All(values, earlier => Assert.Superset(earlier, values[^1]));
        }

        Assert.Contains("--disable-blink-features=AutomationControlled", browser.Arguments);
        Assert.Equal(Environment.IsPrivilegedProcess, browser.Arguments.Contains("--no-sandbox"));
        Assert.Equal(ChromiumFlags.SharedMemoryFreeBytes() < ChromiumFlags.MinSharedMemoryBytes, browser.Arguments.Contains("--disable-dev-shm-usage"));
    }

    [Fact]
    public void Registry_WhileRunning_OwnsEveryProcessOfTheTree()
    {
        var run = Assert.Single(fixture.Registry.Runs);
        var members = fixture.Session.ProcessIds.Select(ProcessTree.TryRead).OfType<ProcessInfo>().ToList();

        Assert.Contains(members, p => p.Pid == fixture.Session.DriverProcessId);
        Assert.Contains(members, p => p.HasArgument("--type=renderer"));
        Assert.All(members, p => Assert.True(fixture.Registry.IsOwned(p), p.CommandLine));
        Assert.Subset(fixture.Registry.OwnedProcessIds().ToHashSet(), members.Select(p => p.Pid).Where(ProcessAlive).ToHashSet());
        Assert.False(fixture.Registry.IsOwned(ProcessTree.TryRead(Environment.ProcessId)!));
        Assert.Equal(fixture.Session.Paths, run.Paths);
    }

    private static bool ProcessAlive(int pid) => ProcessTree.TryRead(pid) is { IsZombie: false };

    private ProcessInfo BrowserMain() =>
        fixture.Session.ProcessIds.Select(ProcessTree.TryRead).OfType<ProcessInfo>()
            .Single(p => p.Executable == "/usr/lib/chromium/chromium" && !p.CommandLine.Contains(" --type=", StringComparison.Ordinal));
}
