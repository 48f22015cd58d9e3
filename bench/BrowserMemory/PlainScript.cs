using LinkedInAuto.Browser;
using Microsoft.Playwright;

namespace BrowserMemory;

/// <summary>The references: a plain Playwright script opening the same page, with nothing of the product.</summary>
/// <remarks>
/// "default" is what anyone would write: Debian's full chromium, Playwright's default options. "tuned" is written by
/// hand for memory: chromium-headless-shell, the GPU process folded into the browser (`--in-process-gpu`) and a small
/// Node heap for the driver; bench/browser-memory.sh also starts the tuned script with a conserving .NET GC. The two
/// floors are the stack with every memory knob found, including some the product must not use because a page would
/// notice (no JIT in the page, no images, no WebGL): what Playwright's .NET client, its Node driver and Chromium cost
/// at least on this page, with the headless shell (low_memory's build) and with the full Chromium (default's build).
/// bench/run-all.sh starts the floors with the smallest .NET GC settings too.
/// </remarks>
internal static class PlainScript
{
    internal const string TunedNodeOptions = "--max-old-space-size=48 --max-semi-space-size=1";

    private const string HeadlessShell = "/usr/lib/chromium/chromium-headless-shell";
    private const string FullChromium = "/usr/lib/chromium/chromium";

    // Every switch that lowered the tree on this page (measured one by one on 2026-12-05), sandbox kept.
    private static readonly string[] s_floorArgs =
    [
        "--in-process-gpu", "--enable-features=NetworkServiceInProcess2", "--renderer-process-limit=1",
        "--disable-site-isolation-trials", "--js-flags=--lite-mode", "--blink-settings=imagesEnabled=false",
        "--disable-gpu", "--disable-software-rasterizer", "--disable-features=SpareRendererForSitePerProcess,PaintHolding",
        "--disable-extensions", "--disable-component-update", "--disable-background-networking",
    ];

    /// <summary>The reference names `--reference` takes.</summary>
    internal static readonly string[] Names = ["default", "tuned", "floor-low_memory", "floor-default"];

    internal static string Title(string name) => name switch
    {
        "tuned" => "plain Playwright script, hand-tuned",
        "floor-low_memory" => "the stack's floor: plain script, headless shell, every knob (some a page would notice)",
        "floor-default" => "the stack's floor: plain script, full Chromium, every knob (some a page would notice)",
        _ => "plain Playwright script, default options",
    };

    internal static async Task<TreeSampler> MeasureAsync(string name, Uri url, int seconds, string? cookie)
    {
        var tuned = name != "default";
        var floor = name.StartsWith("floor-", StringComparison.Ordinal);
        Environment.SetEnvironmentVariable("NODE_OPTIONS", (tuned, floor) switch
        {
            (_, true) => TunedNodeOptions + " --jitless",
            (true, _) => Environment.GetEnvironmentVariable("BENCH_NODE_OPTIONS") ?? TunedNodeOptions,
            _ => null,
        });
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = name is "default" or "floor-default" ? FullChromium : HeadlessShell,
            Headless = true,
            // BENCH_EXTRA_ARGS (space-separated) tries more switches on the tuned script.
            Args = floor ? s_floorArgs
                : tuned ? ["--in-process-gpu", .. (Environment.GetEnvironmentVariable("BENCH_EXTRA_ARGS") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries)]
                : [],
            ChromiumSandbox = !Environment.IsPrivilegedProcess,
        });
        var context = await browser.NewContextAsync();
        if (cookie is not null)
        {
            await context.AddCookiesAsync([new Cookie { Name = "li_at", Value = cookie, Domain = url.Host, Path = "/" }]);
        }

        var page = await context.NewPageAsync();
        await page.GotoAsync(url.ToString());
        await page.Mouse.MoveAsync(400, 300);

        var sampler = new TreeSampler(() => ProcessTree.Descendants(ProcessTree.Snapshot(), Environment.ProcessId).Select(p => p.Pid));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            sampler.Sample();
            await page.Mouse.WheelAsync(0, 600);
            await Task.Delay(200);
        }

        return sampler;
    }
}
