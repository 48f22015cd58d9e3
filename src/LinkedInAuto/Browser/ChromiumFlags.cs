using LinkedInAuto.Configuration;

namespace LinkedInAuto.Browser;

/// <summary>The one place that decides Chromium's command line, per mode, with the reason for every flag.</summary>
/// <remarks>
/// Playwright 1.64 already passes its own list (chromiumSwitches.ts). Boolean switches we depend on are repeated here
/// so our guarantees do not hang on Playwright's list. Valued switches are last-wins in Chromium (a second
/// `--disable-features` replaces the first whole), so ours repeat Playwright's values and add to them; a test reads
/// the launched command line and fails if a Playwright upgrade changed the values we merge with.
/// </remarks>
public static class ChromiumFlags
{
    /// <summary>Below this much free space in /dev/shm (Docker's default is 64 MB) Chromium is told to avoid it.</summary>
    internal const long MinSharedMemoryBytes = 512L * 1024 * 1024;

    /// <summary>Playwright 1.64.1's `--disable-features` list, kept verbatim so ours can extend it.</summary>
    internal static readonly string[] PlaywrightDisabledFeatures =
    [
        "AvoidUnnecessaryBeforeUnloadCheckSync", "DestroyProfileOnBrowserClose", "DialMediaRouteProvider", "GlobalMediaControls",
        "HttpsUpgrades", "LensOverlay", "MediaRouter", "PaintHolding", "ThirdPartyStoragePartitioning",
        "BlockOriginHeaderModificationOnRedirect", "AvoidCorsURLLoaderRestartOnRedirect", "Translate", "AutoDeElevate",
        "OptimizationHints", "NetworkTimeServiceQuerying", "AimEnabled", "msForceBrowserSignIn", "msEdgeUpdateLaunchServicesPreferredVersion",
    ];

    /// <summary>Playwright 1.64.1's `--enable-features` list (screenshots through a new surface), kept so ours can extend it.</summary>
    internal static readonly string[] PlaywrightEnabledFeatures = ["CDPScreenshotNewSurface"];

    /// <summary>Playwright 1.64.1's headless `--blink-settings`: report a mouse with hover, like a laptop.</summary>
    internal const string PlaywrightBlinkSettings = "primaryHoverType=2,availableHoverTypes=2,primaryPointerType=4,availablePointerTypes=4";

    private static readonly string[] s_ourDisabledFeatures =
    [
        // An idle renderer kept warm for the next navigation: ~20 MB (measured) for a one-tab bot.
        "SpareRendererForSitePerProcess",

        // Background downloads of on-device ML models; nothing here uses them and the network is closed.
        "OptimizationGuideModelDownloading",

        // Sends form signatures to Google while typing.
        "AutofillServerCommunication",
    ];

    /// <summary>Builds the arguments for <paramref name="mode"/>.</summary>
    /// <param name="mode">The configured mode.</param>
    /// <param name="sharedMemoryFreeBytes">Free bytes in /dev/shm, or null when it is missing.</param>
    /// <param name="fingerprint">The user agent and languages to set browser-wide, or null to leave the browser's own.</param>
    public static ChromiumCommandLine For(BrowserMode mode, long? sharedMemoryFreeBytes, BrowserFingerprint? fingerprint = null)
    {
        var args = new List<string>
        {
            // navigator.webdriver reads false natively (no page-visible JavaScript patch).
            "--disable-blink-features=AutomationControlled",

            // This network is closed: no update checks, component downloads, sync, or first-run and
            // default-browser prompts (also Playwright defaults; repeated so we do not depend on its list).
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",

            // UDP 443 is not reachable here; without this every new origin first tries QUIC and waits to fall back.
            "--disable-quic",

            // A bot has nothing to play sound to (Playwright adds it in headless mode too).
            "--mute-audio",

            // Disk cache off: the per-run profile is on tmpfs (cache = RAM) and a persistent one on the SD card (wear).
            "--disk-cache-size=1",

            "--disable-features=" + string.Join(',', PlaywrightDisabledFeatures.Concat(s_ourDisabledFeatures)),

            // The GPU process (software compositing in a headless browser) runs as a thread of the browser process, and
            // the network service in the browser process instead of a utility process of its own: two processes less,
            // ~15 and ~10 MB PSS on the 200-card birthday page (bench/browser-memory.sh). A page cannot tell: WebGL
            // reports the same vendor, renderer and extensions either way.
            "--in-process-gpu",
            "--enable-features=" + string.Join(',', PlaywrightEnabledFeatures.Append("NetworkServiceInProcess2")),
        };

        // A desktop Chromium's user agent (no "Headless") and the locale's full language list, for every frame and worker.
        args.AddRange(fingerprint?.Args ?? []);

        // Also applied when low_memory fell back to full Chromium: the flags save memory in either build.
        if (mode == BrowserMode.LowMemory)
        {
            args.AddRange(
            [
                // At most two renderers however many sites a page frames.
                "--renderer-process-limit=2",

                // Cross-site iframes (trackers, captcha) share the page's renderer instead of one ~30 MB process each;
                // acceptable because this browser only ever visits one site.
                "--disable-site-isolation-trials",

                // V8 favours memory over speed, and a runaway page crashes its tab instead of swapping the Pi.
                "--js-flags=--optimize-for-size --max-old-space-size=512",

                // No image decoding: the bots read text, and 200 birthday photos cost tens of MB.
                "--blink-settings=" + PlaywrightBlinkSettings + ",imagesEnabled=false",
            ]);
        }

        // Playwright always passes --disable-dev-shm-usage (for Docker's 64 MB /dev/shm), which moves shared memory
        // to $TMPDIR. On a Pi /dev/shm is a tmpfs of half the RAM and the unit's PrivateDevices= still bind-mounts it,
        // while PrivateTmp's /tmp is on the SD card; so keep /dev/shm when it is roomy. When it is not, the flag
        // stays and TMPDIR points at the run directory in $RUNTIME_DIRECTORY, which is tmpfs too.
        IReadOnlyList<string> ignore = sharedMemoryFreeBytes >= MinSharedMemoryBytes ? ["--disable-dev-shm-usage"] : [];
        return new ChromiumCommandLine(args, ignore);
    }

    /// <summary>Reads the free space of /dev/shm, or null when it does not exist.</summary>
    public static long? SharedMemoryFreeBytes()
    {
        try
        {
            return Directory.Exists("/dev/shm") ? new DriveInfo("/dev/shm").AvailableFreeSpace : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}

/// <summary>Arguments added to Playwright's defaults, and Playwright defaults removed.</summary>
/// <param name="Args">Passed as `Args`.</param>
/// <param name="IgnoreDefaultArgs">Passed as `IgnoreDefaultArgs`.</param>
public sealed record ChromiumCommandLine(IReadOnlyList<string> Args, IReadOnlyList<string> IgnoreDefaultArgs);
