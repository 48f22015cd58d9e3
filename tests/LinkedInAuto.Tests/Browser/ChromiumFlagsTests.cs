using LinkedInAuto.Browser;
using LinkedInAuto.Configuration;

namespace LinkedInAuto.Tests.Browser;

public sealed class ChromiumFlagsTests
{
    private const long OneGiB = 1L << 30;

    private static readonly string[] s_always =
    [
        "--disable-blink-features=AutomationControlled", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-quic", "--mute-audio",
        "--disk-cache-size=1",
    ];

    [Fact]
    public void For_DefaultMode_HasTheClosedNetworkFlagsAndNoFlagAPageCouldNotice()
    {
        var args = ChromiumFlags.For(BrowserMode.Default, OneGiB).Args;

        Assert.All(s_always, flag => Assert.Contains(flag, args));
        Assert.DoesNotContain(args, a => a.StartsWith("--renderer-process-limit", StringComparison.Ordinal) || a.StartsWith("--js-flags", StringComparison.Ordinal));
        Assert.DoesNotContain(args, a => a.StartsWith("--blink-settings", StringComparison.Ordinal));
    }

    [Fact]
    public void For_LowMemory_AddsMemoryFlagsAndKeepsPlaywrightsPointerSettings()
    {
        var args = ChromiumFlags.For(BrowserMode.LowMemory, OneGiB).Args;

        Assert.All(s_always, flag => Assert.Contains(flag, args));
        Assert.Contains("--renderer-process-limit=2", args);
        Assert.Contains("--disable-site-isolation-trials", args);
        Assert.Contains("--js-flags=--optimize-for-size --max-old-space-size=512", args);
        Assert.Contains("--blink-settings=" + ChromiumFlags.PlaywrightBlinkSettings + ",imagesEnabled=false", args);
    }

    [Theory]
    [InlineData(BrowserMode.Default)]
    [InlineData(BrowserMode.LowMemory)]
    public void For_AnyMode_FoldsTheGpuProcessAndTheNetworkServiceIntoTheBrowser_KeepingPlaywrightsEnabledFeatures(BrowserMode mode)
    {
        var args = ChromiumFlags.For(mode, OneGiB).Args;

        Assert.Contains("--in-process-gpu", args);
        var enabled = Assert.Single(args, a => a.StartsWith("--enable-features=", StringComparison.Ordinal));
        var features = enabled["--enable-features=".Length..].Split(',').ToHashSet();
        Assert.Superset(ChromiumFlags.PlaywrightEnabledFeatures.ToHashSet(), features);
        Assert.Contains("NetworkServiceInProcess2", features);
    }

    [Theory]
    [InlineData(BrowserMode.Default)]
    [InlineData(BrowserMode.LowMemory)]
    public void For_AnyMode_DisabledFeaturesExtendPlaywrightsList(BrowserMode mode)
    {
        var disabled = Assert.Single(ChromiumFlags.For(mode, OneGiB).Args, a => a.StartsWith("--disable-features=", StringComparison.Ordinal));

        var features = disabled["--disable-features=".Length..].Split(',');
        Assert.Superset(ChromiumFlags.PlaywrightDisabledFeatures.ToHashSet(), features.ToHashSet());
        Assert.Contains("SpareRendererForSitePerProcess", features);
    }

    [Theory]
    [InlineData(OneGiB, true)]
    [InlineData(64L << 20, false)]
    [InlineData(null, false)]
    public void For_SharedMemory_DropsPlaywrightsDevShmFlagOnlyWhenRoomy(long? free, bool dropped)
    {
        var ignored = ChromiumFlags.For(BrowserMode.Default, free).IgnoreDefaultArgs;

        Assert.Equal(dropped, ignored.Contains("--disable-dev-shm-usage"));
    }
}
