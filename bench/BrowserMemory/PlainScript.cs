using LinkedInAuto.Browser;
using Microsoft.Playwright;

namespace BrowserMemory;

/// <summary>The references: a plain Playwright script opening the same page, with nothing of the product.</summary>
/// <remarks>
/// "default" is what anyone would write: Debian's full chromium, Playwright's default options. "tuned" is written by
/// hand for memory: chromium-headless-shell, the GPU process folded into the browser (`--in-process-gpu`) and a small
/// Node heap for the driver; bench/browser-memory.sh also starts the tuned script with a conserving .NET GC.
/// </remarks>
internal static class PlainScript
{
    internal const string TunedNodeOptions = "--max-old-space-size=48 --max-semi-space-size=1";

    internal static async Task<TreeSampler> MeasureAsync(bool tuned, Uri url, int seconds, string? cookie)
    {
        Environment.SetEnvironmentVariable("NODE_OPTIONS", tuned ? Environment.GetEnvironmentVariable("BENCH_NODE_OPTIONS") ?? TunedNodeOptions : null);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = tuned ? "/usr/lib/chromium/chromium-headless-shell" : "/usr/lib/chromium/chromium",
            Headless = true,
            // BENCH_EXTRA_ARGS (space-separated) tries more switches on the tuned script.
            Args = tuned ? ["--in-process-gpu", .. (Environment.GetEnvironmentVariable("BENCH_EXTRA_ARGS") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries)] : [],
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
