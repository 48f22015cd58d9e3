using System.Net.Http.Json;
using FakeLinkedIn.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FakeLinkedIn.Tests;

/// <summary>Acceptance 3, session side: expired session, authwall, checkpoints, redirect loop.</summary>
[Collection(BrowserGroup.Name)]
public sealed class SessionFaultTests(BrowserFixture browser)
{
    [Fact]
    public async Task SessionExpired_SetOverHttp_RedirectsToLoginWithTarget()
    {
        await using var s = await FakeSession.StartAsync(browser.Browser, Scenarios.Demo("fr"));
        await s.GotoAsync("/mynetwork/");
        Assert.Equal(1, await s.Page.Locator(Selectors.GlobalNav).CountAsync());

        using var http = new HttpClient { BaseAddress = s.Server.BaseUrl };
        (await http.PostAsJsonAsync("/__fake/faults", new { session_expired = true })).EnsureSuccessStatusCode();
        await s.GotoAsync("/mynetwork/");
        var url = new Uri(s.Page.Url);
        Assert.Equal("/login", url.AbsolutePath);
        Assert.Contains("session_redirect=" + Uri.EscapeDataString(s.Server.Url("/mynetwork/").ToString()), url.Query, StringComparison.Ordinal);
        Assert.Equal(1, await s.Page.Locator(Selectors.Username).CountAsync());
        Assert.Equal(0, await s.Page.Locator(Selectors.GlobalNav).CountAsync());
    }

    [Fact]
    public async Task Authwall_Switch_RedirectsToAuthwall()
    {
        await using var s = await FakeSession.StartAsync(browser.Browser, Scenarios.Demo("en"), loggedIn: false);
        s.Server.Faults.Authwall = true;
        await s.GotoAsync("/in/may-chen/");
        var url = new Uri(s.Page.Url);
        Assert.Equal("/authwall", url.AbsolutePath);
        Assert.Contains("sessionRedirect=", url.Query, StringComparison.Ordinal);
        Assert.Equal(0, await s.Page.Locator(Selectors.GlobalNav).CountAsync());
    }

    [Fact]
    public async Task WrongCookieValue_IsRejected()
    {
        await using var s = await FakeSession.StartAsync(browser.Browser, Scenarios.Demo("fr"), loggedIn: false);
        await s.Context.AddCookiesAsync([new Cookie { Name = "li_at", Value = "stolen", Domain = s.Server.BaseUrl.Host, Path = "/" }]);
        await s.GotoAsync("/feed/");
        Assert.Equal("/login", new Uri(s.Page.Url).AbsolutePath);
    }

    [Theory]
    [InlineData("captcha", Selectors.CaptchaFrame)]
    [InlineData("pin", Selectors.Pin)]
    [InlineData("verify", Selectors.SecondaryAction)]
    [InlineData("restricted", "h1")]
    public async Task CheckpointNow_EachKind_ShowsItsPage(string kind, string selector)
    {
        await using var s = await FakeSession.StartAsync(browser.Browser, Scenarios.Demo("fr"));
        s.Server.Faults.CheckpointNow = true;
        s.Server.Faults.CheckpointKind = kind;
        await s.GotoAsync("/feed/");
        Assert.StartsWith("/checkpoint/challenge/", new Uri(s.Page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(1, await s.Page.Locator(selector).CountAsync());
        Assert.Equal(0, await s.Page.Locator(Selectors.GlobalNav).CountAsync());
        var heading = await s.Page.InnerTextAsync("h1");
        if (kind == "verify")
        {
            Assert.StartsWith("Vérifiez votre", heading, StringComparison.Ordinal);
        }
        else if (kind == "restricted")
        {
            Assert.Equal("Votre compte a été restreint", heading);
        }
        else if (kind == "pin")
        {
            Assert.Equal(1, await s.Page.Locator(Selectors.PinByName).CountAsync());
        }
    }

    [Fact]
    public async Task CheckpointAfterActions_NextNavigationLandsOnCheckpoint()
    {
        await using var s = await FakeSession.StartAsync(browser.Browser, Scenarios.Demo("fr"));
        s.Server.Faults.CheckpointAfterActions = 1;
        await s.GotoAsync("/feed/");
        Assert.Equal("/feed/", new Uri(s.Page.Url).AbsolutePath);
        await Steps.ClickAcceptAsync(s, "Paul Girard");
        await s.Server.Actions.WaitForAsync(a => a.Kind == FakeActionKinds.InvitationAccepted, CancellationToken.None);
        await s.GotoAsync("/feed/");
        Assert.StartsWith("/checkpoint/challenge/", new Uri(s.Page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(1, await s.Page.Locator(Selectors.CaptchaFrame).CountAsync());
    }

    [Fact]
    public async Task RedirectLoop_BetweenLoginAndCheckpoint_FailsNavigation()
    {
        await using var s = await FakeSession.StartAsync(browser.Browser, Scenarios.Demo("fr"));
        s.Server.Faults.RedirectLoop = true;
        var error = await Assert.ThrowsAsync<PlaywrightException>(() => s.GotoAsync("/feed/"));
        Assert.Contains("ERR_TOO_MANY_REDIRECTS", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoginForm_WithScenarioCredentials_SetsSessionAndReturnsToTarget()
    {
        await using var s = await FakeSession.StartAsync(browser.Browser, Scenarios.Demo("fr"), loggedIn: false);
        await s.GotoAsync("/mynetwork/invitation-manager/");
        await s.Page.FillAsync(Selectors.Username, "camille@example.com");
        await s.Page.FillAsync(Selectors.Password, "demo");
        await s.Page.ClickAsync(Selectors.Submit);
        await Assertions.Expect(s.Page).ToHaveURLAsync(s.Server.Url("/mynetwork/invitation-manager/").ToString());
        Assert.Equal(1, await s.Page.Locator(Selectors.GlobalNav).CountAsync());
    }
}
