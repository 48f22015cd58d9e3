using System.Text.RegularExpressions;
using FakeLinkedIn.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FakeLinkedIn.Tests;

/// <summary>Acceptance 1: every page type of §1 in FR and EN, checked with the selectors of §3 in real Chromium.</summary>
[Collection(BrowserGroup.Name)]
public sealed partial class PageTypeTests(BrowserFixture browser, DemoServers servers) : IClassFixture<DemoServers>
{
    private static string T(string lang, string en, string fr) => lang == "fr" ? fr : en;

    private async Task<FakeSession> OpenAsync(string lang, bool loggedIn = true) =>
        await FakeSession.OpenAsync(browser.Browser, servers[lang], loggedIn);

    private static async Task AssertShellAsync(IPage page, string lang)
    {
        Assert.Equal(lang, await page.GetAttributeAsync("html", "lang"));
        Assert.Equal(1, await page.Locator(Selectors.GlobalNav).CountAsync());
        var alt = await page.Locator(Selectors.MePhoto).GetAttributeAsync("alt");
        Assert.StartsWith(T(lang, "Photo of ", "Photo de "), alt, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator(Selectors.SearchBox).CountAsync());
        Assert.Equal(1, await page.Locator(Selectors.DockedMessaging).CountAsync());
        Assert.Equal(1, await page.Locator("main").CountAsync());
        // The docked list must never look like an opened conversation.
        Assert.Equal(0, await page.Locator($"{Selectors.DockedMessaging} {Selectors.Composer}, {Selectors.DockedMessaging} form").CountAsync());
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task Feed_LoggedIn_HasShellAndPosts(string lang)
    {
        await using var s = await OpenAsync(lang);
        await s.GotoAsync("/feed/");
        await AssertShellAsync(s.Page, lang);
        Assert.Equal(1, await s.Page.Locator(Selectors.FeedIdentity).CountAsync());
        Assert.True(await s.Page.Locator(Selectors.FeedUpdate).CountAsync() >= 1);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task MyNetwork_LoggedIn_HasShell(string lang)
    {
        await using var s = await OpenAsync(lang);
        await s.GotoAsync("/mynetwork/");
        await AssertShellAsync(s.Page, lang);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task Login_WithoutCookie_RedirectsToLoginForm(string lang)
    {
        await using var s = await OpenAsync(lang, loggedIn: false);
        await s.GotoAsync("/mynetwork/catch-up/birthday/");
        Assert.StartsWith("/login?session_redirect=", new Uri(s.Page.Url).PathAndQuery, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString("/mynetwork/catch-up/birthday/"), s.Page.Url, StringComparison.Ordinal);
        Assert.Equal(lang, await s.Page.GetAttributeAsync("html", "lang"));
        foreach (var selector in new[] { Selectors.Username, Selectors.Password, Selectors.Submit })
        {
            Assert.Equal(1, await s.Page.Locator(selector).CountAsync());
        }

        Assert.Equal(0, await s.Page.Locator(Selectors.GlobalNav).CountAsync());
        Assert.Contains(T(lang, "Sign in", "S’identifier"), await s.Page.InnerTextAsync("h1"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task Authwall_Page_HasSignInPromptWithoutNav(string lang)
    {
        await using var s = await OpenAsync(lang, loggedIn: false);
        await s.GotoAsync("/authwall?trk=x&sessionRedirect=%2Ffeed%2F");
        Assert.Equal(1, await s.Page.Locator(Selectors.Username).CountAsync());
        Assert.Equal(0, await s.Page.Locator(Selectors.GlobalNav).CountAsync());
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task Checkpoint_Page_HasCaptchaFrame(string lang)
    {
        await using var s = await OpenAsync(lang);
        await s.GotoAsync("/checkpoint/challenge/AQtoken?ut=1");
        Assert.Equal(1, await s.Page.Locator(Selectors.CaptchaFrame).CountAsync());
        Assert.Equal(1, await s.Page.Locator(Selectors.CaptchaInternal).CountAsync());
        Assert.Equal(0, await s.Page.Locator(Selectors.GlobalNav).CountAsync());
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task Birthday_Page_CardsMatchIllustration(string lang)
    {
        await using var s = await OpenAsync(lang);
        await s.GotoAsync("/mynetwork/catch-up/birthday/");
        await AssertShellAsync(s.Page, lang);
        var cards = s.Page.Locator($"main {Selectors.BirthdayCard}");
        Assert.True(await cards.CountAsync() >= 1);

        var card = cards.Filter(new() { HasText = "Thierry O’Neil" });
        Assert.Equal("Thierry O’Neil", await card.Locator(Selectors.ProfileLinkName).First.InnerTextAsync());
        var sentence = await card.Locator("p").Nth(1).InnerTextAsync();
        Assert.Matches(T(lang, "^Celebrate Thierry['’]s birthday today$", "^Célébrez l['’]anniversaire de Thierry aujourd['’]hui$"), sentence);
        var wish = card.Locator(Selectors.WishLink);
        Assert.Contains(T(lang, "Send message", "Envoyer un message"), await wish.GetAttributeAsync("aria-label"), StringComparison.Ordinal);
        Assert.Contains("body=", await wish.GetAttributeAsync("href"), StringComparison.Ordinal);

        await Wait.ScrollUntilCountAsync(s.Page, Selectors.BirthdayCard, 11);
        var late = cards.Filter(new() { HasText = "Frédéric Noël" }).Locator("p").Nth(1);
        Assert.Matches(T(lang, "recent birthday on Nov[ \u00A0]10$", "récent de Frédéric le 10[ \u00A0]nov\\.$"), await late.InnerTextAsync());
        if (lang == "fr")
        {
            var avril = cards.Filter(new() { HasText = "Avril Dupont" }).Locator("p").Nth(1);
            Assert.Matches("récent d['’]Avril le", await avril.InnerTextAsync());
        }
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task Birthday_WishLink_OpensPrefilledOverlay(string lang)
    {
        await using var s = await OpenAsync(lang);
        await s.GotoAsync("/mynetwork/catch-up/birthday/");
        var card = s.Page.Locator(Selectors.BirthdayCard).Filter(new() { HasText = "May Chen" });
        var wishText = await card.Locator(Selectors.WishLink).InnerTextAsync();
        await card.Locator(Selectors.WishLink).ClickAsync();

        var bubble = s.Page.Locator(Selectors.Bubble);
        await bubble.WaitForAsync();
        Assert.Equal("May Chen", (await bubble.Locator(Selectors.BubbleTitle).InnerTextAsync()).Trim());
        Assert.Equal(wishText, await bubble.Locator(Selectors.Composer).InnerTextAsync());
        Assert.True(await bubble.Locator(Selectors.SendButton).IsEnabledAsync());
        var close = bubble.Locator(Selectors.CloseConversation);
        Assert.Equal(T(lang, "Close your conversation with May Chen", "Fermer votre conversation avec May Chen"), await close.GetAttributeAsync("aria-label"));
        Assert.Contains("/mynetwork/catch-up/birthday/", s.Page.Url, StringComparison.Ordinal);
        await close.ClickAsync();
        await bubble.WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task CatchUpAll_Page_HasNurtureCards(string lang)
    {
        await using var s = await OpenAsync(lang);
        await s.GotoAsync("/mynetwork/catch-up/all/");
        await AssertShellAsync(s.Page, lang);
        Assert.True(await s.Page.Locator(Selectors.NurtureCard).CountAsync() >= 1);
        Assert.True(await s.Page.Locator(Selectors.NurturePrimary).CountAsync() >= 1);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task Profile_Page_HasTopCardSectionsAndRail(string lang)
    {
        await using var s = await OpenAsync(lang);
        await s.GotoAsync("/in/%C3%A9lo%C3%AFse-durand/");
        await AssertShellAsync(s.Page, lang);
        // §3.8: the top card is the first section in main that holds no other section and is not inside an aside.
        var topCardName = await s.Page.EvaluateAsync<string>("""
            () => {
              const top = [...document.querySelectorAll('main section')].find(x => !x.querySelector('section') && !x.closest('aside'));
              const names = [...top.querySelectorAll('h1, h2')];
              return names.length === 1 ? names[0].innerText : 'ambiguous';
            }
            """);
        Assert.Equal("Éloïse Durand", topCardName);
        Assert.Equal(1, await s.Page.Locator(Selectors.HeadingXl).CountAsync());
        Assert.Equal(1, await s.Page.Locator(Selectors.Headline).CountAsync());
        Assert.Equal(1, await s.Page.Locator(Selectors.Location).CountAsync());
        Assert.Equal(T(lang, "1st", "1er"), await s.Page.Locator(Selectors.Degree).InnerTextAsync());
        Assert.Equal(1, await s.Page.Locator($"main {Selectors.WishLink}").CountAsync());
        Assert.True(await s.Page.Locator($"aside {Selectors.WishLink}, aside button").CountAsync() >= 1);
        Assert.Equal(1, await s.Page.Locator(Selectors.AboutAnchor).CountAsync());
        Assert.Contains("experience", await s.Page.Locator("div.inline-show-more-text span[aria-hidden=\"true\"]").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);

        // Sections are added as the member scrolls.
        await s.Page.Mouse.WheelAsync(0, 3000);
        await s.Page.Locator(Selectors.ExperienceAnchor).WaitForAsync(new() { State = WaitForSelectorState.Attached });
        var item = s.Page.Locator(Selectors.ExperienceItem).First;
        Assert.True(await item.Locator(Selectors.Entity).CountAsync() >= 2, "nested pvs-entity blocks");
        Assert.Contains(servers[lang].Actions.Snapshot(), a => a.Kind == FakeActionKinds.ProfileViewed && a.ProfileSlug == "éloïse-durand");
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task ProfileDetails_And_NotFound_Pages(string lang)
    {
        await using var s = await OpenAsync(lang);
        await s.GotoAsync("/in/may-chen/details/experience/");
        Assert.True(await s.Page.Locator(Selectors.ExperienceItem).CountAsync() >= 1);
        var response = await s.GotoAsync("/in/nobody-here/");
        Assert.Equal(404, response!.Status);
        Assert.Contains(T(lang, "This page doesn’t exist", "Cette page n’existe pas"), await s.Page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Equal(0, await s.Page.Locator(Selectors.HeadingXl).CountAsync());
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task Search_Page_PaginatesThreePages(string lang)
    {
        await using var s = await OpenAsync(lang);
        var geo = lang == "fr" ? "105015875" : "105080838";
        var query = $"/search/results/people/?keywords={Uri.EscapeDataString("DevOps (AWS OR Azure)")}&origin=FACETED_SEARCH&geoUrn=%5B%22{geo}%22%5D";
        await s.GotoAsync(query + "&page=1");
        await AssertShellAsync(s.Page, lang);
        Assert.True(await s.Page.Locator(Selectors.SearchResult).CountAsync() >= 1);
        var first = s.Page.Locator(Selectors.SearchResult).First;
        Assert.Equal(1, await first.Locator(Selectors.SearchLockup).CountAsync());
        Assert.Contains(T(lang, "• 2nd", "• 2e"), await first.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await s.Page.Locator(Selectors.NextPage).IsEnabledAsync());

        // Scrolling renders the rest of the page: 10 results, one of them a "LinkedIn Member" row without /in/ link.
        await s.Page.Keyboard.PressAsync("End");
        await Wait.ForCountAboveAsync(s.Page, Selectors.SearchResult, 9);
        var anonymous = s.Page.Locator(Selectors.SearchResult).Filter(new() { HasText = T(lang, "LinkedIn Member", "Membre de LinkedIn") });
        Assert.Equal(0, await anonymous.First.Locator(Selectors.ProfileLink).CountAsync());
        var hrefs = await s.Page.Locator(Selectors.SearchLockup).EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))");
        Assert.Contains(hrefs, h => h.StartsWith("http", StringComparison.Ordinal));
        Assert.Contains(hrefs, h => h.StartsWith("/in/", StringComparison.Ordinal));

        await s.Page.Locator(Selectors.NextPage).ClickAsync();
        await Assertions.Expect(s.Page).ToHaveURLAsync(PageTwo());
        await s.GotoAsync(query + "&page=3");
        Assert.False(await s.Page.Locator(Selectors.NextPage).IsEnabledAsync());
        await s.GotoAsync(query + "&page=4");
        Assert.Equal(0, await s.Page.Locator(Selectors.SearchResult).CountAsync());
    }

    [GeneratedRegex("[?&]page=2")]
    private static partial Regex PageTwo();

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task ReceivedInvitations_Page_HasCardsWithNamedButtons(string lang)
    {
        await using var s = await OpenAsync(lang);
        await s.GotoAsync("/mynetwork/invitation-manager/received/");
        await AssertShellAsync(s.Page, lang);
        var cards = s.Page.Locator(Selectors.InvitationCard);
        Assert.True(await cards.CountAsync() >= 8);
        Assert.Equal(await cards.CountAsync(), await s.Page.Locator(Selectors.InvitationId).CountAsync());
        var paul = cards.Filter(new() { HasText = "Paul Girard" });
        Assert.Equal(1, await paul.Locator(T(lang, "button[aria-label=\"Accept Paul Girard’s invitation\"]", "button[aria-label=\"Accepter l’invitation de Paul Girard\"]")).CountAsync());
        Assert.Equal(1, await paul.Locator(T(lang, "button[aria-label^=\"Ignore\"]", "button[aria-label^=\"Ignorer\"]")).CountAsync());
        Assert.Contains(T(lang, "Thierry O’Neil and 11 other mutual connections", "Thierry O’Neil et 11 autres relations en commun"), await paul.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(T(lang, "…see more", "…voir plus"), await paul.InnerTextAsync(), StringComparison.Ordinal);
        var page = cards.Filter(new() { HasText = "Acme Cloud" });
        Assert.Equal(0, await page.Locator(Selectors.ProfileLink).CountAsync());
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task SentInvitations_Page_HasElapsedTimesAndWithdraw(string lang)
    {
        await using var s = await OpenAsync(lang);
        await s.GotoAsync("/mynetwork/invitation-manager/sent/");
        await AssertShellAsync(s.Page, lang);
        var items = s.Page.Locator(Selectors.SentItem);
        Assert.True(await items.CountAsync() >= 1);
        var first = items.First;
        Assert.Equal("Julie Petit", await first.Locator(Selectors.SentTitle).InnerTextAsync());
        Assert.Matches(T(lang, "^Sent today$", "^Envoyée aujourd['’]hui$"), await first.Locator(Selectors.SentTime).InnerTextAsync());
        Assert.Equal(1, await first.Locator(T(lang, "button[aria-label*=\"Withdraw\"]", "button[aria-label*=\"Retirer\"]")).CountAsync());
        await s.Page.Keyboard.PressAsync("End");
        await Wait.ForCountAboveAsync(s.Page, Selectors.SentItem, 6);
        var times = await s.Page.Locator($"{Selectors.SentItem} {Selectors.SentTime}").AllInnerTextsAsync();
        Assert.Contains(T(lang, "Sent 3 weeks ago", "Envoyée il y a 3 semaines"), times);
        Assert.Contains(T(lang, "Sent 4 months ago", "Envoyée il y a 4 mois"), times);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task Messaging_ThreadPage_ShowsHistoryAndComposer(string lang)
    {
        await using var s = await OpenAsync(lang);
        await s.GotoAsync("/messaging/");
        await AssertShellAsync(s.Page, lang);
        await s.Page.Locator("main a[href*=\"/messaging/thread/\"]").First.ClickAsync();
        await Assertions.Expect(s.Page).ToHaveURLAsync(ThreadUrl());
        Assert.Equal(2, await s.Page.Locator($"main {Selectors.MessageItem}[data-event-urn^=\"urn:li:msg_message:\"]").CountAsync());
        Assert.Equal("Marie Martin", await s.Page.Locator($"main {Selectors.EntityTitle}").InnerTextAsync());
        Assert.Equal(1, await s.Page.Locator($"main form {Selectors.Composer}").CountAsync());
        Assert.False(await s.Page.Locator($"main {Selectors.SendButton}").IsEnabledAsync());
    }

    [GeneratedRegex("/messaging/thread/2-[A-Za-z0-9_-]+=*/$")]
    private static partial Regex ThreadUrl();

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task Messaging_ComposePage_IsPrefilledFromBody(string lang)
    {
        await using var s = await OpenAsync(lang);
        var body = T(lang, "Happy birthday!", "Joyeux anniversaire avec un peu de retard !");
        await s.GotoAsync($"/messaging/compose/?profileUrn=urn%3Ali%3Afsd_profile%3A{ProfileId(servers[lang], "avril-dupont")}&body={Uri.EscapeDataString(body)}");
        Assert.Equal("Avril Dupont", await s.Page.Locator($"main {Selectors.EntityTitle}").InnerTextAsync());
        Assert.Equal(body, await s.Page.Locator($"main {Selectors.Composer}").InnerTextAsync());
        Assert.True(await s.Page.Locator($"main {Selectors.SendButton}").IsEnabledAsync());
        Assert.Equal(T(lang, "Send", "Envoyer"), (await s.Page.Locator($"main {Selectors.SendButton}").InnerTextAsync()).Trim());
    }

    /// <summary>The member id a compose link carries, read from the birthday page like a bot would.</summary>
    private static string ProfileId(FakeLinkedInServer server, string slug)
    {
        var scenario = server.Scenario.People.Single(p => p.Slug == slug);
        return scenario.Id ?? FakeLinkedIn.State.Ids.MemberId(slug);
    }
}
