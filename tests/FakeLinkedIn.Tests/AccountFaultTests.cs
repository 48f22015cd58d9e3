using FakeLinkedIn.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FakeLinkedIn.Tests;

/// <summary>What LinkedIn does to an account mid-session without the page saying so: a silent checkpoint, a revoked
/// session, a rate limit; refused attempts in the record; conversations already holding this year's wish.</summary>
[Collection(BrowserGroup.Name)]
public sealed class AccountFaultTests(BrowserFixture browser)
{
    private const string Paul = "Paul Girard";
    private const string Lea = "Léa Chevalier";

    [Fact]
    public async Task SilentCheckpoint_RefusesTheNextActionWith403_ThePageStaysPut_TheNextNavigationLandsOnTheChallenge()
    {
        await using var s = await FakeSession.StartAsync(browser.Browser, Scenarios.Demo("fr"));
        s.Server.Faults.SilentCheckpointAfter = 1;
        await AcceptAsync(s, Paul, expectedStatus: 200);

        var refused = await AcceptAsync(s, Lea, expectedStatus: 403);

        // Nothing on the page tells: still the invitation manager, Léa's card unchanged, no toast, no dialog.
        Assert.Equal("/mynetwork/invitation-manager/received/", new Uri(s.Page.Url).AbsolutePath);
        Assert.Equal(1, await AcceptButton(s, Lea).CountAsync());
        Assert.Equal(0, await s.Page.Locator(Selectors.ErrorToast).CountAsync());
        Assert.DoesNotContain("redirect", await refused.TextAsync(), StringComparison.Ordinal);
        var attempt = Assert.Single(s.Server.Actions.Snapshot(), a => a.Kind == FakeActionKinds.Refused);
        Assert.Equal((FakeActionKinds.InvitationAccepted, 403, "lea-chevalier"), (attempt.RefusedKind, attempt.HttpStatus, attempt.ProfileSlug));
        Assert.False(attempt.IsStateChanging);
        Assert.Single(s.Server.Actions.Snapshot(), a => a.IsStateChanging);

        // Reads still answer; the next page is the challenge.
        Assert.Equal(200, (await s.Page.APIRequest.GetAsync(s.Server.Url("/voyager/api/fragments/bubble?slug=may-chen").ToString())).Status);
        await s.GotoAsync("/feed/");
        Assert.StartsWith("/checkpoint/challenge/", new Uri(s.Page.Url).AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SilentCheckpoint_ASendIsRefusedSilently_AndAVisitIsSentToTheChallenge()
    {
        await using var s = await FakeSession.StartAsync(browser.Browser, Scenarios.Demo("en"));
        var bubble = await Steps.OpenWishAsync(s, "Thierry O’Neil");
        s.Server.Faults.SilentCheckpointAfter = 1;
        await SendAsync(s, bubble, 200);
        var sent = await bubble.Locator(Selectors.MessageItem).CountAsync();
        await Steps.TypeAsync(s.Page, bubble, "Have a great year!");

        await SendAsync(s, bubble, 403);

        Assert.Equal("Have a great year!", await bubble.Locator(Selectors.Composer).InnerTextAsync());
        await Assertions.Expect(bubble.Locator(Selectors.MessageItem)).ToHaveCountAsync(sent);
        Assert.Equal(0, await s.Page.Locator(Selectors.ErrorToast).CountAsync());
        var visit = await s.GotoAsync("/in/may-chen/");
        Assert.StartsWith("/checkpoint/challenge/", new Uri(s.Page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.DoesNotContain(s.Server.Actions.Snapshot(), a => a.Kind == FakeActionKinds.ProfileViewed);
        Assert.Equal(
            [(FakeActionKinds.MessageSent, 403), (FakeActionKinds.ProfileViewed, 302)],
            s.Server.Actions.Snapshot().Where(a => a.Kind == FakeActionKinds.Refused).Select(a => (a.RefusedKind, a.HttpStatus ?? 0)));
    }

    [Fact]
    public async Task SessionRevoked_TheNextActionGets401_ThenEveryPageGoesToTheLoginForm()
    {
        await using var s = await FakeSession.StartAsync(browser.Browser, Scenarios.Demo("fr"));
        s.Server.Faults.SessionRevokedAfter = 1;
        await AcceptAsync(s, Paul, expectedStatus: 200);

        await AcceptAsync(s, Lea, expectedStatus: 401);

        Assert.Equal("/mynetwork/invitation-manager/received/", new Uri(s.Page.Url).AbsolutePath);
        Assert.Equal(401, Assert.Single(s.Server.Actions.Snapshot(), a => a.Kind == FakeActionKinds.Refused).HttpStatus);
        await s.GotoAsync("/mynetwork/");
        Assert.Equal("/login", new Uri(s.Page.Url).AbsolutePath);
        Assert.Equal(1, await s.Page.Locator(Selectors.Username).CountAsync());
    }

    [Fact]
    public async Task RateLimit_TheNextActionGets429AndAToast_PagesStillLoad_AVisitGetsTheThrottlePage()
    {
        await using var s = await FakeSession.StartAsync(browser.Browser, Scenarios.Demo("fr"));
        s.Server.Faults.RateLimitAfter = 1;
        await AcceptAsync(s, Paul, expectedStatus: 200);

        await AcceptAsync(s, Lea, expectedStatus: 429);

        await s.Page.Locator(Selectors.ErrorToast).WaitForAsync();
        Assert.Equal(1, await AcceptButton(s, Lea).CountAsync());
        Assert.Equal(200, (await s.GotoAsync("/feed/"))!.Status);
        Assert.Equal(429, (await s.GotoAsync("/in/may-chen/"))!.Status);
        Assert.Equal(
            [(FakeActionKinds.InvitationAccepted, 429), (FakeActionKinds.ProfileViewed, 429)],
            s.Server.Actions.Snapshot().Where(a => a.Kind == FakeActionKinds.Refused).Select(a => (a.RefusedKind, a.HttpStatus ?? 0)));
    }

    [Fact]
    public async Task ErrorToast_RefusalIsRecorded()
    {
        await using var s = await FakeSession.StartAsync(browser.Browser, Scenarios.Demo("fr"));
        s.Server.Faults.ErrorToast = true;

        await AcceptAsync(s, Paul, expectedStatus: 200, accepted: false);

        await s.Page.Locator(Selectors.ErrorToast).WaitForAsync();
        var attempt = Assert.Single(s.Server.Actions.Snapshot());
        Assert.Equal((FakeActionKinds.Refused, FakeActionKinds.InvitationAccepted, 200, "error toast"), (attempt.Kind, attempt.RefusedKind, attempt.HttpStatus, attempt.Reason));
    }

    [Theory]
    [InlineData("fr", "Joyeux anniversaire Éloïse !")]
    [InlineData("en", "Happy birthday Éloïse!")]
    public async Task PriorWishes_TheConversationHoldsTheOwnersWishOnTheBirthday_UnderItsDayHeading(string language, string wish)
    {
        await using var s = await FakeSession.StartAsync(browser.Browser, Scenarios.Demo(language));
        s.Server.Faults.PriorWishes = true;
        s.Server.Faults.LazyPageSize = 0;

        var bubble = await Steps.OpenWishAsync(s, "Éloïse Durand");

        // Her birthday was 5 days ago: the heading names that weekday; the wish is the owner's, headed by the owner's link.
        var item = bubble.Locator(Selectors.MessageItem).Filter(new() { HasText = wish });
        await Assertions.Expect(item).ToHaveCountAsync(1);
        var day = s.Server.Clock.Today.AddDays(-5).ToString("dddd", System.Globalization.CultureInfo.GetCultureInfo(language == "fr" ? "fr-FR" : "en-US"));
        Assert.Equal(day, await item.Locator("time.msg-s-message-list__time-heading").InnerTextAsync());
        Assert.Equal($"/in/{s.Server.Scenario.Me.Slug}/", await item.Locator("a.msg-s-message-group__profile-link").GetAttributeAsync("href"));
        s.Server.Faults.PriorWishes = false;
        await s.GotoAsync("/mynetwork/");
        Assert.Equal(0, await (await Steps.OpenWishAsync(s, "Éloïse Durand")).Locator(Selectors.MessageItem).CountAsync());
    }

    [Fact]
    public async Task ThreadMessages_CarryDayHeadings_TodayAndOlderDatesWithTheirYear()
    {
        var scenario = Scenarios.Demo("fr", sc => sc.People.Single(p => p.Slug == "lindsay-adams").Thread = new ScenarioThread
        {
            Messages = [new() { From = "them", Text = "Merci !", DaysAgo = 400 }, new() { From = "me", Text = "Avec plaisir.", DaysAgo = 0 }],
        });
        await using var s = await FakeSession.StartAsync(browser.Browser, scenario);

        var bubble = await Steps.OpenWishAsync(s, "Lindsay Adams");

        var headings = await bubble.Locator("time.msg-s-message-list__time-heading").AllInnerTextsAsync();
        var old = s.Server.Clock.Today.AddDays(-400);
        Assert.Equal([$"{old.Day} {FrenchMonth(old.Month)} {old.Year}", "Aujourd’hui"], headings);
    }

    private static string FrenchMonth(int month) => new[] { "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc." }[month - 1];

    private static ILocator AcceptButton(FakeSession s, string name) => s.Page.Locator($"button[aria-label=\"Accepter l’invitation de {name}\"]");

    private static async Task<IResponse> AcceptAsync(FakeSession s, string name, int expectedStatus, bool accepted = true)
    {
        var response = await s.Page.RunAndWaitForResponseAsync(() => Steps.ClickAcceptAsync(s, name), r => r.Url.Contains("/voyager/api/invitations/accept", StringComparison.Ordinal));
        Assert.Equal(expectedStatus, response.Status);
        if (expectedStatus == 200 && accepted)
        {
            await s.Server.Actions.WaitForAsync(a => a.Kind == FakeActionKinds.InvitationAccepted && a.Name == name, CancellationToken.None);
        }

        return response;
    }

    private static async Task SendAsync(FakeSession s, ILocator bubble, int expectedStatus)
    {
        var response = await s.Page.RunAndWaitForResponseAsync(() => bubble.Locator(Selectors.SendButton).ClickAsync(), r => r.Url.Contains("/voyager/api/messaging/send", StringComparison.Ordinal));
        Assert.Equal(expectedStatus, response.Status);
        if (expectedStatus == 200)
        {
            await s.Server.Actions.WaitForAsync(a => a.Kind == FakeActionKinds.MessageSent, CancellationToken.None);
        }
    }
}
