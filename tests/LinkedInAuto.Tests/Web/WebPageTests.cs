using System.Globalization;
using System.Text.RegularExpressions;
using LinkedInAuto.Tests.Control;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LinkedInAuto.Tests.Web;

/// <summary>Issue 14, acceptance 1: the pages in real Chromium (phone-sized), against the real daemon and the fake LinkedIn.</summary>
[Collection(ProcessControlDefinition.Name)]
public sealed class WebPageTests
{
    /// <summary>Where the phone-sized screenshots go (with the test output).</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    [Fact]
    public async Task Pages_LogInShowTheIdleDaemonAndPauseForAnHour_TheDaemonAndTheCliAgree()
    {
        await using var web = await WebPageHarness.StartAsync();
        var page = await web.OpenPhonePageAsync();

        // Not logged in: the login page.
        await LogInAsync(page, screenshot: true);

        // The status page shows the idle daemon, as `status` does.
        await Expect(page.Locator("#status-line")).ToContainTextAsync("idle — next: birthday ");
        var status = await web.Daemon.StatusAsync();
        await Expect(page.Locator("#status-line")).ToHaveTextAsync(status.GetProperty("line").GetString()!);
        await Expect(page.Locator("#paused")).ToHaveTextAsync("no");
        await Expect(page.Locator("#quotas meter")).ToHaveCountAsync(1 + (2 * status.GetProperty("quotas").GetArrayLength()));
        await Expect(page.Locator("#temperature")).Not.ToBeEmptyAsync();
        await ScreenshotAsync(page, "status");

        // Pause for 1 h from the actions page.
        await page.GetByRole(AriaRole.Link, new() { Name = "Actions" }).ClickAsync();
        await ScreenshotAsync(page, "actions");
        var before = TimeProvider.System.GetUtcNow();
        await page.GetByRole(AriaRole.Button, new() { Name = "1 hour" }).ClickAsync();
        await Expect(page.Locator(".notice.ok")).ToContainTextAsync("every schedule paused until ");
        var after = TimeProvider.System.GetUtcNow();
        await ScreenshotAsync(page, "actions-paused");

        // The daemon, over its control socket, agrees: paused until an hour from then.
        var paused = (await web.Daemon.StatusAsync()).GetProperty("paused");
        Assert.True(paused.GetProperty("all").GetBoolean());
        var until = DateTimeOffset.Parse(paused.GetProperty("until_utc").GetString()!, CultureInfo.InvariantCulture);
        Assert.InRange(until, before.AddHours(1), after.AddHours(1));
        var untilLocal = paused.GetProperty("until_local").GetString()!;
        await Expect(page.Locator("#paused")).ToHaveTextAsync("everything until " + untilLocal);
        await page.GetByRole(AriaRole.Link, new() { Name = "Status" }).ClickAsync();
        await Expect(page.Locator("#paused")).ToHaveTextAsync("everything until " + untilLocal);
        await Expect(page.Locator("#status-line")).ToContainTextAsync("paused until ");
        await ScreenshotAsync(page, "status-paused");
        var cli = await web.Daemon.CliAsync("status");
        Assert.Contains(cli.Stdout, l => l == "paused:   everything until " + untilLocal);

        // A reload keeps the timed pause; the CLI sets other ends.
        var reload = await web.Daemon.CliAsync("reload");
        Assert.True(reload.ExitCode == 0, reload.Describe());
        Assert.Equal(until, DateTimeOffset.Parse((await web.Daemon.StatusAsync()).GetProperty("paused").GetProperty("until_utc").GetString()!, CultureInfo.InvariantCulture));
        var tomorrow = await web.Daemon.CliAsync("pause", "--until", "tomorrow");
        Assert.True(tomorrow.ExitCode == 0, tomorrow.Describe());
        Assert.EndsWith(" 00:00", (await web.Daemon.StatusAsync()).GetProperty("paused").GetProperty("until_local").GetString(), StringComparison.Ordinal);
        var bad = await web.Daemon.CliAsync("pause", "--for", "soon");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains(bad.Stderr, l => l.Contains("--for 'soon' is not a duration", StringComparison.Ordinal));

        // The daemon's recent log, with its level filter: the pause is an information entry.
        await page.GetByRole(AriaRole.Link, new() { Name = "Logs" }).ClickAsync();
        await Expect(page.Locator("#logs")).ToContainTextAsync("Control command pause from uid");
        await ScreenshotAsync(page, "logs");
        await page.SelectOptionAsync("select[name=level]", "warning");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(page.Locator("#logs")).Not.ToContainTextAsync("Control command pause");

        // Resume from the page.
        await page.GetByRole(AriaRole.Link, new() { Name = "Actions" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Resume every schedule" }).ClickAsync();
        await Expect(page.Locator(".notice.ok")).ToContainTextAsync("every schedule resumed");
        Assert.False((await web.Daemon.StatusAsync()).GetProperty("paused").GetProperty("all").GetBoolean());

        // Nothing was blocked by the content security policy, and nothing else went wrong in the page.
        Assert.True(web.ConsoleErrors.Count == 0, string.Join("\n", web.ConsoleErrors));
    }

    [Fact]
    public async Task RunFromThePage_ProgressesLiveAndEndsWithItsSummary()
    {
        await using var web = await WebPageHarness.StartAsync();
        var page = await web.OpenPhonePageAsync();
        await LogInAsync(page, screenshot: false);

        // Every fake page takes a moment, so the run is seen while it progresses.
        web.Fake.Faults.LatencyMs = 400;
        await page.GetByRole(AriaRole.Link, new() { Name = "Actions" }).ClickAsync();
        await page.SelectOptionAsync("select[name=bot]", "birthday");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run now" }).ClickAsync();
        await Expect(page.Locator(".notice.ok")).ToContainTextAsync("birthday queued (ticket ");

        // The status page reloads itself: first the run in progress, then its summary among the last runs.
        await page.GetByRole(AriaRole.Link, new() { Name = "Status" }).ClickAsync();
        await Expect(page.Locator("#status-line")).ToContainTextAsync("running birthday (", new() { Timeout = 60_000 });
        await Expect(page.Locator("#running")).ToContainTextAsync("birthday (manual)");
        await ScreenshotAsync(page, "status-running");
        // Its counts move while it runs: the page, reloading itself, shows wishes done before the run ends.
        await Expect(page.Locator("#running")).ToContainTextAsync(new Regex("[1-9][0-9]* done"), new() { Timeout = 120_000 });
        await Expect(page.Locator("#last tbody tr").First).ToContainTextAsync("succeeded", new() { Timeout = 180_000 });
        await Expect(page.Locator("#running")).ToContainTextAsync("No run in progress.");
        var last = (await web.Daemon.StatusAsync()).GetProperty("last")[0];
        var summary = $"{last.GetProperty("done").GetInt32()} done, {last.GetProperty("skipped").GetInt32()} skipped, {last.GetProperty("failed").GetInt32()} failed";
        Assert.True(last.GetProperty("done").GetInt32() > 0, last.ToString());
        await Expect(page.Locator("#last tbody tr").First).ToContainTextAsync(summary);
        await ScreenshotAsync(page, "status-after-run");

        // The history lists the run; its CSV export is `db export`'s, byte for byte.
        await page.GetByRole(AriaRole.Link, new() { Name = "History" }).ClickAsync();
        await Expect(page.Locator("#runs tbody tr").First).ToContainTextAsync(summary);
        await page.SelectOptionAsync("select[name=outcome]", "failed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(page.Locator("#run-count")).ToHaveTextAsync("0 runs");
        await page.SelectOptionAsync("select[name=outcome]", "succeeded");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(page.Locator("#run-count")).ToHaveTextAsync("1 run");
        await ScreenshotAsync(page, "history");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a[href='/history/export?table=runs&format=csv']").ClickAsync());
        Assert.Equal("linkedin-auto-runs.csv", download.SuggestedFilename);
        var downloaded = await File.ReadAllTextAsync((await download.PathAsync())!);
        var export = await web.Daemon.CliAsync("db", "export", "--table", "runs", "--format", "csv");
        Assert.True(export.ExitCode == 0, export.Describe());
        Assert.Equal(export.Stdout, downloaded.Split('\n').Select(l => l.TrimEnd('\r')).SkipLast(1));
        Assert.Contains(downloaded.Split('\n'), l => l.StartsWith(last.GetProperty("id").GetInt64() + ",", StringComparison.Ordinal));

        // The contacts: who was wished, with which text; searchable by name.
        await page.GetByRole(AriaRole.Link, new() { Name = "Contacts" }).ClickAsync();
        await Expect(page.Locator("#contacts tbody tr").First).ToContainTextAsync("wished (");
        await ScreenshotAsync(page, "contacts");
        var name = (await page.Locator("#contacts tbody tr td a").First.TextContentAsync())!;
        await page.FillAsync("input[name=q]", name.Split(' ')[^1]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page.Locator("#contacts tbody tr").First).ToContainTextAsync(name);
        await page.FillAsync("input[name=q]", "no such member");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page.Locator("#contact-count")).ToHaveTextAsync("0 actions");

        // The statistics: the figures of `stats`, drawn as SVG.
        await page.GetByRole(AriaRole.Link, new() { Name = "Statistics" }).ClickAsync();
        var stats = await web.Daemon.CliAsync("stats", "--json");
        Assert.True(stats.ExitCode == 0, stats.Describe());
        using (var report = System.Text.Json.JsonDocument.Parse(string.Join('\n', stats.Stdout)))
        {
            var total = report.RootElement.GetProperty("total").GetInt32();
            Assert.True(total > 0, report.RootElement.ToString());
            await Expect(page.Locator("#totals")).ToContainTextAsync($": {total} actions — ");
            await Expect(page.Locator("#totals")).ToContainTextAsync($"wish {report.RootElement.GetProperty("by_kind").GetProperty("wish").GetInt32()}");
        }

        await Expect(page.Locator("#per-day svg.chart")).ToBeVisibleAsync();
        Assert.True(await page.Locator("#per-day svg.chart rect").CountAsync() >= 1);
        Assert.True(await page.Locator("#per-week svg.chart rect").CountAsync() >= 1);
        await ScreenshotAsync(page, "statistics");

        // The run's own log entries, by bot.
        await page.GotoAsync("/logs?level=information&bot=birthday");
        await Expect(page.Locator("#logs tr").First).ToContainTextAsync("birthday");
        await Expect(page.Locator("#logs")).Not.ToContainTextAsync("Control command");

        // The settings: the configuration as `config show` prints it.
        await page.GetByRole(AriaRole.Link, new() { Name = "Settings" }).ClickAsync();
        await Expect(page.Locator("#config")).ToContainTextAsync("time_zone: Europe/Paris");
        await Expect(page.Locator("#config")).ToContainTextAsync("idle_exit: 10m");
        await ScreenshotAsync(page, "settings");

        // No page, chart included, needed anything the content security policy blocks.
        Assert.True(web.ConsoleErrors.Count == 0, string.Join("\n", web.ConsoleErrors));
    }

    [Fact]
    public async Task Checkpoint_ThePageShowsTheAttentionAndItsConfirmedResumeClearsIt()
    {
        await using var web = await WebPageHarness.StartAsync(fake => fake.Faults.SilentCheckpointAfter = 2);
        var run = await web.Daemon.CliAsync("run", "birthday", "--wait");
        Assert.True(run.ExitCode == 1, run.Describe());
        var page = await web.OpenPhonePageAsync();

        await LogInAsync(page, screenshot: false);

        await Expect(page.Locator("#status-line")).ToContainTextAsync("attention needed: checkpoint");
        await Expect(page.Locator("#attention")).ToContainTextAsync("Checkpoint since ");
        await ScreenshotAsync(page, "status-attention");

        // The box must be ticked: the browser will not send the form before (the server refuses it too, see WebSecurityTests).
        Assert.Equal(1, await page.Locator("#attention input[name=confirmed]:invalid").CountAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Clear and resume" }).ClickAsync();
        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
        await page.GetByLabel("I have resolved it on LinkedIn").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Clear and resume" }).ClickAsync();

        await Expect(page.Locator(".notice.ok")).ToContainTextAsync("the account state is ok again");
        Assert.False((await web.Daemon.StatusAsync()).GetProperty("account").GetProperty("needs_attention").GetBoolean());
        await page.GetByRole(AriaRole.Link, new() { Name = "Status" }).ClickAsync();
        await Expect(page.Locator("#attention")).ToHaveCountAsync(0);
        await Expect(page.Locator("#status-line")).ToContainTextAsync("idle — next: birthday ");
    }

    private static async Task LogInAsync(IPage page, bool screenshot)
    {
        await page.GotoAsync("/");
        Assert.Equal("/login", new Uri(page.Url).AbsolutePath);
        if (screenshot)
        {
            await ScreenshotAsync(page, "login");
        }

        await page.FillAsync("#password", WebSite.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Expect(page.Locator("#status-line")).ToBeVisibleAsync();
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDirectory, $"web-{name}.png") });
    }
}
