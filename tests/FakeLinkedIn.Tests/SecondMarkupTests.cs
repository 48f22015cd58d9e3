using FakeLinkedIn.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FakeLinkedIn.Tests;

/// <summary>The second markup (switch <c>markup: b</c>): the same page content as the first, in other structure, FR and EN.</summary>
[Collection(BrowserGroup.Name)]
public sealed class SecondMarkupTests(BrowserFixture browser)
{
    private const string Sent = "/mynetwork/invitation-manager/sent/";
    private const string Received = "/mynetwork/invitation-manager/received/";
    private const string Birthdays = "/mynetwork/catch-up/birthday/";
    private const string Search = "/search/results/people/?keywords=DevOps&page=1";

    // Every list page of the bots: a list entry per item, found by what it holds.
    private static readonly string[] s_lists = [Sent, Received, Birthdays, Search];

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task SecondMarkup_ShowsTheSameListsWithoutTheFirstMarkupsClassesTimesOrVisibleNames(string lang)
    {
        await using var a = await FakeSession.StartAsync(browser.Browser, Scenarios.Demo(lang));
        await using var b = await FakeSession.StartAsync(browser.Browser, Scenarios.Demo(lang, sc => sc.Faults["markup"] = "b"));
        foreach (var path in s_lists)
        {
            await a.GotoAsync(path);
            await b.GotoAsync(path);
            Assert.Equal(await ProfilesAsync(a.Page), await ProfilesAsync(b.Page));
            foreach (var first in new[] { "time", "[data-view-name]", ".invitation-card", "[role=\"listitem\"]", "a[href*=\"/in/\"] span[aria-hidden=\"true\"]", ".app-aware-link" })
            {
                Assert.Equal(0, await b.Page.Locator("main " + first).CountAsync());
            }

            // Each entry starts with its photo link; its buttons are named only by their labels.
            var entries = b.Page.Locator("main li:has(a[href*=\"/in/\"])");
            Assert.True(await entries.CountAsync() > 0, path);
            Assert.Equal(await entries.CountAsync(), await b.Page.Locator("main li:has(a[href*=\"/in/\"]) > a:first-child:has(> img[alt])").CountAsync());
            foreach (var button in await b.Page.Locator("main li button").AllAsync())
            {
                Assert.Equal(string.Empty, (await button.InnerTextAsync()).Trim());
                Assert.NotEqual(string.Empty, await button.GetAttributeAsync("aria-label"));
            }
        }

        // Ages and notes as plain text.
        await b.GotoAsync(Sent);
        Assert.Contains(lang == "fr" ? "Envoyée il y a 3 semaines" : "Sent 3 weeks ago", await b.Page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await b.GotoAsync(Received);
        Assert.Equal(0, await b.Page.Locator("main a[href*=\"/messaging/compose\"], main button:has-text(\"see more\"), main button:has-text(\"voir plus\")").CountAsync());
    }

    [Fact]
    public async Task SecondMarkup_WithdrawAskForConfirmation_ThenRemovesTheItemAndRecordsIt()
    {
        await using var s = await FakeSession.StartAsync(browser.Browser, Scenarios.Demo("en", sc => sc.Faults["markup"] = "b"));
        await s.GotoAsync(Sent);
        var item = s.Page.Locator("main li").Filter(new() { Has = s.Page.Locator("a[href=\"/in/lucas-girard/\"]") });

        await item.Locator("button[aria-label=\"Withdraw invitation sent to Lucas Girard\"]").ClickAsync();
        var dialog = s.Page.Locator("[role=\"dialog\"]");
        await dialog.Locator("button", new() { HasText = "Withdraw" }).ClickAsync();

        await Assertions.Expect(item).ToHaveCountAsync(0);
        Assert.Equal("lucas-girard", (await s.Server.Actions.WaitForAsync(a => a.Kind == FakeActionKinds.InvitationWithdrawn, CancellationToken.None)).ProfileSlug);
    }

    [Fact]
    public async Task UnknownMarkup_HasNoListSemantics_ButTheSameControls()
    {
        await using var s = await FakeSession.StartAsync(browser.Browser, Scenarios.Demo("fr", sc => sc.Faults["markup"] = "unknown"));
        foreach (var path in s_lists)
        {
            await s.GotoAsync(path);
            Assert.Equal(0, await s.Page.Locator("main li, main ul, main [role=\"listitem\"], main [role=\"list\"]").CountAsync());
            Assert.True(await s.Page.Locator("main a[href*=\"/in/\"]").CountAsync() > 0, path);
        }
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task PlainNotes_ShowTheNoteAsTextWithoutReplyOrSeeMore(string lang)
    {
        await using var s = await FakeSession.StartAsync(browser.Browser, Scenarios.Demo(lang, sc => sc.Faults["plain_notes"] = "true"));
        await s.GotoAsync(Received);

        var card = s.Page.Locator(Selectors.InvitationCard).Filter(new() { Has = s.Page.Locator("a[href=\"/in/paul-girard/\"]") });
        Assert.Contains(lang == "fr" ? "j’aimerais beaucoup échanger" : "would love to compare notes", await card.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await card.Locator("a[href*=\"/messaging/compose\"], button:has-text(\"see more\"), button:has-text(\"voir plus\")").CountAsync());
    }

    private static async Task<string[]> ProfilesAsync(IPage page)
    {
        var hrefs = await page.Locator("main a[href*=\"/in/\"]").EvaluateAllAsync<string[]>("els => els.map(e => new URL(e.href).pathname)");
        return [.. hrefs.Distinct().Order(StringComparer.Ordinal)];
    }
}
