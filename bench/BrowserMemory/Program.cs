// Benchmark, not a test: prints the peak PSS of the whole tree (this process standing in for the daemon, the
// Playwright driver, Chromium) while a 200-card birthday page is open, for each browser mode, or for a plain
// Playwright script (the references).
// Usage: bench/browser-memory.sh [--mode default|low_memory|both] [--reference default|tuned|floor-low_memory|floor-default] [--fake | --url URL] [--seconds N]
//   --fake: the fake LinkedIn's real birthday catch-up page with 200 birthdays (its DOM, lazy loading and session gate).
//   --reference: measure the plain script instead of the product, or the stack's floor (see PlainScript).
using System.Globalization;
using BrowserMemory;
using LinkedInAuto.Browser;
using LinkedInAuto.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(x => x.a[2..], x => x.i + 1 < args.Length ? args[x.i + 1] : string.Empty);
var modes = options.GetValueOrDefault("mode", "both") switch
{
    "default" => [BrowserMode.Default],
    "low_memory" => [BrowserMode.LowMemory],
    _ => new[] { BrowserMode.Default, BrowserMode.LowMemory },
};
var seconds = int.Parse(options.GetValueOrDefault("seconds", "6"), CultureInfo.InvariantCulture);
await using var fake = options.ContainsKey("fake") ? await FakeBirthdays.StartAsync(200) : null;
using var localPage = options.ContainsKey("url") || fake is not null ? null : new BirthdayPage();
var url = fake is not null ? fake.Url("/mynetwork/catch-up/birthday/")
    : options.TryGetValue("url", out var given) ? new Uri(given) : new Uri(localPage!.Root, BirthdayPage.Path);

Console.WriteLine($"Peak PSS in MiB, {url}, sampled every 200 ms for {seconds} s while scrolling the list ({Environment.ProcessorCount} CPUs, {Environment.OSVersion}).");
if (options.TryGetValue("reference", out var reference))
{
    if (!PlainScript.Names.Contains(reference))
    {
        await Console.Error.WriteLineAsync($"BrowserMemory: --reference takes {string.Join(", ", PlainScript.Names)}");
        return 2;
    }

    var sampler = await PlainScript.MeasureAsync(reference, url, seconds, fake?.SessionCookieValue);
    Report.Print("reference-" + reference, PlainScript.Title(reference), sampler);
    return 0;
}

foreach (var mode in modes)
{
    var runtime = Directory.CreateTempSubdirectory("linkedin-auto-bench-").FullName;
    try
    {
        var config = new AppConfig();
        config.Browser.Mode = mode;
        config.Browser.Human.Fast = true;
        config.Linkedin.BaseUrl = new Uri(url.GetLeftPart(UriPartial.Authority));
        var launcher = new BrowserLauncher(
            new ConfigStore("bench", config), new AppDirectories(runtime, runtime, null), new ChromiumLocator(), new ActiveBrowserRegistry(), TimeProvider.System, NullLogger<BrowserLauncher>.Instance);
        await using var session = await launcher.StartAsync("bench-" + mode.ToString().ToLowerInvariant(), CancellationToken.None);
        if (fake is not null)
        {
            await session.Context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = "li_at", Value = fake.SessionCookieValue, Domain = url.Host, Path = "/" }]);
        }

        await session.Navigator.GotoAsync(url.PathAndQuery);
        var cards = await session.Page.Locator("div[role=listitem]").CountAsync();

        var sampler = new TreeSampler(() => session.ProcessIds);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            sampler.Sample();
            await session.Input.ScrollAsync(600);
            await Task.Delay(200);
        }

        var name = mode == BrowserMode.LowMemory ? "low_memory" : "default";
        Report.Print(name, $"browser.mode={name}  ({cards} cards)", sampler);
    }
    finally
    {
        Directory.Delete(runtime, recursive: true);
    }
}

return 0;
