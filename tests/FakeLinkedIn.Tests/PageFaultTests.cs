using System.Diagnostics;
using FakeLinkedIn.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FakeLinkedIn.Tests;

/// <summary>Acceptance 3, page side: error/throttle pages, HTTP 429/999, latency, limits, toasts, popups.</summary>
[Collection(BrowserGroup.Name)]
public sealed class PageFaultTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("throttle", 200, "Trop de requêtes")]
    [InlineData("went_wrong", 200, "Un problème est survenu")]
    [InlineData("429", 429, "Trop de requêtes")]
    [InlineData("999", 999, "Request denied")]
    public async Task ErrorPage_Switch_HasNoMainAndShortBody(string kind, int status, string text)
    {
        await using var s = await FakeSession.StartAsync(browser.Browser, Scenarios.Demo("fr"));
        s.Server.Faults.ErrorPage = kind;
        var response = await s.GotoAsync("/mynetwork/catch-up/birthday/");
        Assert.Equal(status, response!.Status);
        Assert.Equal(0, await s.Page.Locator("main").CountAsync());
        var body = await s.Page.InnerTextAsync("body");
        Assert.True(body.Length < 2000);
        Assert.Contains(text, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RouteLatency_SlowsOnlyItsRoute()
    {
        await using var s = await FakeSession.StartAsync(browser.Browser, Scenarios.Demo("fr"));
        s.Server.Faults.RouteLatencyMs = new Dictionary<string, int> { ["/mynetwork/"] = 1500 };
        var watch = Stopwatch.StartNew();
        await s.GotoAsync("/mynetwork/invitation-manager/");
        Assert.True(watch.ElapsedMilliseconds >= 1500, $"slow page took {watch.ElapsedMilliseconds} ms");
        watch.Restart();
        await s.GotoAsync("/feed/");
        Assert.True(watch.ElapsedMilliseconds < 1500, $"fast page took {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task WeeklyLimit_AfterOneAction_ShowsLimitDialogAndRefuses()
    {
        await using var s = await FakeSession.StartAsync(browser.Browser, Scenarios.Demo("fr"));
        s.Server.Faults.WeeklyLimitAfter = 1;
        await Steps.ClickAcceptAsync(s, "Paul Girard");
        await Assertions.Expect(s.Page.Locator("button[aria-label^=\"Accepter l’invitation de Paul\"]")).ToHaveCountAsync(0);
        await Steps.ClickAcceptAsync(s, "Léa Chevalier");
        var dialog = s.Page.Locator(Selectors.WeeklyLimit);
        await dialog.WaitForAsync();
        Assert.Equal("Vous avez atteint la limite hebdomadaire d’invitations", await dialog.Locator(Selectors.WeeklyLimitHeader).InnerTextAsync());
        await dialog.Locator("button[aria-label=\"J’ai compris\"]").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        Assert.Single(s.Server.Actions.Snapshot(), a => a.Kind == FakeActionKinds.InvitationAccepted);
        Assert.Equal(1, await s.Page.Locator("button[aria-label=\"Accepter l’invitation de Léa Chevalier\"]").CountAsync());
    }

    [Fact]
    public async Task ErrorToast_OnAccept_ShowsToastAndRecordsNothing()
    {
        await using var s = await FakeSession.StartAsync(browser.Browser, Scenarios.Demo("fr"));
        s.Server.Faults.ErrorToast = true;
        await Steps.ClickAcceptAsync(s, "Paul Girard");
        await s.Page.Locator(Selectors.ErrorToast).WaitForAsync();
        Assert.DoesNotContain(s.Server.Actions.Snapshot(), a => a.IsStateChanging);
        Assert.Equal(1, await s.Page.Locator("button[aria-label=\"Accepter l’invitation de Paul Girard\"]").CountAsync());
    }

    [Fact]
    public async Task SearchLimit_ShowsPromoInsteadOfResults()
    {
        await using var s = await FakeSession.StartAsync(browser.Browser, Scenarios.Demo("en"));
        s.Server.Faults.SearchLimit = true;
        await s.GotoAsync("/search/results/people/?keywords=DevOps&origin=GLOBAL_SEARCH_HEADER");
        Assert.Contains("monthly limit for profile searches", await s.Page.InnerTextAsync(Selectors.SearchPromo), StringComparison.Ordinal);
        Assert.Equal(0, await s.Page.Locator(Selectors.SearchResult).CountAsync());
    }

    [Fact]
    public async Task GrowingNetworkPopup_IsDismissedWithGotIt()
    {
        await using var s = await FakeSession.StartAsync(browser.Browser, Scenarios.Demo("en"));
        s.Server.Faults.GrowingNetworkPopup = true;
        await s.GotoAsync("/mynetwork/");
        var dialog = s.Page.Locator(Selectors.Dialog).Filter(new() { HasText = "You're growing your network!" });
        await dialog.Locator("button[aria-label=\"Got it\"]").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Clock_MovedOverHttp_RecomputesBirthdaysAndAges()
    {
        await using var s = await FakeSession.StartAsync(browser.Browser, Scenarios.Demo("fr"));
        using var http = new HttpClient { BaseAddress = s.Server.BaseUrl };
        using var body = new StringContent("{\"today\":\"2025-11-19\"}", System.Text.Encoding.UTF8, "application/json");
        (await http.PostAsync(new Uri("/__fake/clock", UriKind.Relative), body)).EnsureSuccessStatusCode();
        Assert.Equal(new DateOnly(2025, 11, 19), s.Server.Clock.Today);
        await s.GotoAsync("/mynetwork/catch-up/birthday/");
        var sentence = await s.Page.Locator(Selectors.BirthdayCard).Filter(new() { HasText = "Thierry O’Neil" }).Locator("p").Nth(1).InnerTextAsync();
        Assert.Matches("^Célébrez l['’]anniversaire récent de Thierry le 18[ \u00A0]nov\\.$", sentence);
        await s.GotoAsync("/mynetwork/invitation-manager/sent/");
        Assert.Equal("Envoyée hier", await s.Page.Locator(Selectors.SentItem).First.Locator(Selectors.SentTime).InnerTextAsync());
    }
}
