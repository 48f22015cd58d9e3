using LinkedInAuto.Browser;
using LinkedInAuto.Configuration;

namespace LinkedInAuto.Tests.Browser;

public sealed class ChromiumLocatorTests
{
    [Fact]
    public void Locate_DefaultModeOnDebian_FindsTheRealChromiumBinary()
    {
        var found = new ChromiumLocator().Locate(new BrowserOptions());

        Assert.Equal(new ChromiumExecutable("/usr/lib/chromium/chromium", IsHeadlessShell: false), found);
    }

    [Fact]
    public void Locate_LowMemoryOnDebian_FindsTheHeadlessShellBinary()
    {
        var found = new ChromiumLocator().Locate(new BrowserOptions { Mode = BrowserMode.LowMemory });

        Assert.Equal(new ChromiumExecutable("/usr/lib/chromium/chromium-headless-shell", IsHeadlessShell: true), found);
    }

    [Fact]
    public void Locate_OnlyOnPath_SearchesNamesInOrder()
    {
        var locator = new ChromiumLocator(p => p is "/opt/b/chromium-browser" or "/opt/a/chromium-headless-shell", "/opt/a:/opt/b");

        Assert.Equal("/opt/b/chromium-browser", locator.Locate(new BrowserOptions()).Path);
        Assert.Equal("/opt/a/chromium-headless-shell", locator.Locate(new BrowserOptions { Mode = BrowserMode.LowMemory }).Path);
    }

    [Fact]
    public void Locate_LowMemoryWithoutHeadlessShell_FallsBackToFullChromium()
    {
        var locator = new ChromiumLocator(p => p == "/usr/lib/chromium/chromium", "/usr/bin");

        Assert.Equal(new ChromiumExecutable("/usr/lib/chromium/chromium", false), locator.Locate(new BrowserOptions { Mode = BrowserMode.LowMemory }));
    }

    [Fact]
    public void Locate_NothingInstalled_NamesWhatWasTriedAndThePackage()
    {
        var locator = new ChromiumLocator(_ => false, "/opt/a:/opt/b");

        var ex = Assert.Throws<BrowserNotFoundException>(() => locator.Locate(new BrowserOptions()));

        Assert.Equal(
            "no Chromium found for browser.mode=default: tried /usr/lib/chromium/chromium, /usr/lib/chromium/chromium-headless-shell, " +
            "then chromium, chromium-browser, chromium-headless-shell in PATH (/opt/a:/opt/b). " +
            "Install Debian's package (sudo apt install chromium) or set browser.executable",
            ex.Message);
    }

    [Fact]
    public void Locate_ConfiguredPathMissing_SaysSoInsteadOfSearching()
    {
        var locator = new ChromiumLocator(p => p == "/usr/lib/chromium/chromium", "/usr/bin");

        var ex = Assert.Throws<BrowserNotFoundException>(() => locator.Locate(new BrowserOptions { Executable = "/opt/chrome/chrome" }));

        Assert.StartsWith("browser.executable '/opt/chrome/chrome' does not exist", ex.Message, StringComparison.Ordinal);
    }
}
