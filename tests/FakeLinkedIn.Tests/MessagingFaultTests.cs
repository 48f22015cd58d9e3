using System.Text.RegularExpressions;
using FakeLinkedIn.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FakeLinkedIn.Tests;

/// <summary>Acceptance 3, messaging side: failing send, share prompt and the composer switches.</summary>
[Collection(BrowserGroup.Name)]
public sealed partial class MessagingFaultTests(BrowserFixture browser)
{
    private static readonly Regex s_eventUrn = EventUrn();

    [GeneratedRegex("^urn:li:msg_message:")]
    private static partial Regex EventUrn();

    private async Task<(FakeSession Session, ILocator Bubble)> OpenAsync(string composer)
    {
        var s = await FakeSession.StartAsync(browser.Browser, Scenarios.Demo("fr"));
        s.Server.Faults.Composer = composer;
        return (s, await Steps.OpenWishAsync(s, "Thierry O’Neil"));
    }

    [Fact]
    public async Task SendFailEvery_SecondSendFailsWithToast()
    {
        var (s, bubble) = await OpenAsync("normal");
        await using var _ = s;
        s.Server.Faults.SendFailEvery = 2;
        await bubble.Locator(Selectors.SendButton).ClickAsync();
        await Assertions.Expect(bubble.Locator(Selectors.MessageItem).Last).ToHaveAttributeAsync("data-event-urn", s_eventUrn);
        await Steps.TypeAsync(s.Page, bubble, "Encore bravo !");
        await bubble.Locator(Selectors.SendButton).ClickAsync();
        await s.Page.Locator(Selectors.ErrorToast).WaitForAsync();
        Assert.Equal("Encore bravo !", await bubble.Locator(Selectors.Composer).InnerTextAsync());
        Assert.Single(s.Server.Actions.Snapshot(), a => a.Kind == FakeActionKinds.MessageSent);
    }

    [Fact]
    public async Task SharePrompt_AfterSend_RecordsOnlyOnceDeclined()
    {
        var (s, bubble) = await OpenAsync("normal");
        await using var _ = s;
        s.Server.Faults.SharePrompt = true;
        await bubble.Locator(Selectors.SendButton).ClickAsync();
        var dialog = s.Page.Locator(Selectors.Dialog).Filter(new() { HasText = "Partager les informations de votre profil" });
        await dialog.WaitForAsync();
        Assert.DoesNotContain(s.Server.Actions.Snapshot(), a => a.Kind == FakeActionKinds.MessageSent);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Pas maintenant" }).ClickAsync();
        await Assertions.Expect(bubble.Locator(Selectors.MessageItem).Last).ToHaveAttributeAsync("data-event-urn", s_eventUrn);
        Assert.Single(s.Server.Actions.Snapshot(), a => a.Kind == FakeActionKinds.MessageSent);
    }

    [Fact]
    public async Task ComposerMissing_BubbleWithoutComposer()
    {
        var (s, bubble) = await OpenAsync("missing");
        await using var _ = s;
        Assert.Equal(0, await bubble.Locator(Selectors.Composer).CountAsync());
        Assert.Equal(0, await bubble.Locator("form").CountAsync());
    }

    [Fact]
    public async Task WrongRecipient_HeaderShowsAnotherPerson()
    {
        var (s, bubble) = await OpenAsync("wrong_recipient");
        await using var _ = s;
        var title = (await bubble.Locator(Selectors.BubbleTitle).InnerTextAsync()).Trim();
        Assert.NotEqual("Thierry O’Neil", title);
        Assert.NotEmpty(title);
    }

    [Fact]
    public async Task NewMessageHeader_ShowsNouveauMessageAndPill()
    {
        var (s, bubble) = await OpenAsync("new_message");
        await using var _ = s;
        Assert.Equal("Nouveau message", (await bubble.Locator(Selectors.BubbleTitle).InnerTextAsync()).Trim());
        Assert.Equal("Thierry O’Neil", await bubble.Locator(".artdeco-pill").InnerTextAsync());
    }

    [Fact]
    public async Task SendDisabled_StaysDisabledWhileTyping()
    {
        var (s, bubble) = await OpenAsync("send_disabled");
        await using var _ = s;
        await Steps.TypeAsync(s.Page, bubble, "Bon anniversaire !");
        Assert.False(await bubble.Locator(Selectors.SendButton).IsEnabledAsync());
    }

    [Fact]
    public async Task EnterToSend_HasNoSendButtonAndSendsOnEnter()
    {
        var (s, bubble) = await OpenAsync("enter_to_send");
        await using var _ = s;
        Assert.Equal(0, await bubble.Locator(Selectors.SendButton).CountAsync());
        Assert.Equal(1, await bubble.Locator(Selectors.SendToggle).CountAsync());
        await bubble.Locator(Selectors.Composer).ClickAsync();
        await s.Page.Keyboard.PressAsync("Enter");
        await s.Server.Actions.WaitForAsync(a => a.Kind == FakeActionKinds.MessageSent, CancellationToken.None);
        await Assertions.Expect(bubble.Locator(Selectors.MessageItem).Last).ToHaveAttributeAsync("data-event-urn", s_eventUrn);
    }

    [Fact]
    public async Task SendLost_ComposerEmptiesButNothingAppearsOrIsRecorded()
    {
        var (s, bubble) = await OpenAsync("send_lost");
        await using var _ = s;
        var before = await bubble.Locator(Selectors.MessageItem).CountAsync();
        await bubble.Locator(Selectors.SendButton).ClickAsync();
        await Assertions.Expect(bubble.Locator(Selectors.Composer)).ToHaveTextAsync("");
        Assert.Equal(before, await bubble.Locator(Selectors.MessageItem).CountAsync());
        Assert.DoesNotContain(s.Server.Actions.Snapshot(), a => a.Kind == FakeActionKinds.MessageSent);
    }

    [Fact]
    public async Task ComposePage_FirstSend_MovesRouteToThread()
    {
        await using var s = await FakeSession.StartAsync(browser.Browser, Scenarios.Demo("en"));
        await s.GotoAsync("/mynetwork/catch-up/birthday/");
        var href = await s.Page.Locator(Selectors.BirthdayCard).Filter(new() { HasText = "Lindsay Adams" }).Locator(Selectors.WishLink).GetAttributeAsync("href");
        await s.GotoAsync(href!);
        await s.Page.Locator($"main {Selectors.SendButton}").ClickAsync();
        await Assertions.Expect(s.Page).ToHaveURLAsync(new Regex("/messaging/thread/2-[^/]+/$"));
        var item = s.Page.Locator($"main {Selectors.MessageItem}").Last;
        await Assertions.Expect(item).ToHaveAttributeAsync("data-event-urn", s_eventUrn);
        Assert.Equal("Happy birthday!", await item.Locator("p").InnerTextAsync());
        var sent = Assert.Single(s.Server.Actions.Snapshot(), a => a.Kind == FakeActionKinds.MessageSent);
        Assert.Equal("lindsay-adams", sent.ProfileSlug);
    }

    [Fact]
    public async Task SeveralBubbles_CanBeOpenAtOnce()
    {
        await using var s = await FakeSession.StartAsync(browser.Browser, Scenarios.Demo("en"));
        await Steps.OpenWishAsync(s, "Lindsay Adams");
        await s.Page.Locator(Selectors.BirthdayCard).Filter(new() { HasText = "Nadia Haddad" }).Locator(Selectors.WishLink).ClickAsync();
        await Assertions.Expect(s.Page.Locator(Selectors.Bubble)).ToHaveCountAsync(2);
        Assert.Equal("Nadia Haddad", (await s.Page.Locator(Selectors.Bubble).Last.Locator(Selectors.BubbleTitle).InnerTextAsync()).Trim());
    }
}
