using FakeLinkedIn.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FakeLinkedIn.Tests;

/// <summary>Acceptance 3, layout side: lazy loading, DOM variant, wish button variant and withdraw switches.</summary>
[Collection(BrowserGroup.Name)]
public sealed class ListAndLayoutTests(BrowserFixture browser)
{
    [Fact]
    public async Task LazyBirthdayList_AppendsOnScrollAndOnPageDown()
    {
        await using var s = await FakeSession.StartAsync(browser.Browser, Scenarios.Demo("fr", sc => sc.Faults["lazy_page_size"] = "4"));
        await s.GotoAsync("/mynetwork/catch-up/birthday/");
        Assert.Equal(4, await s.Page.Locator(Selectors.BirthdayCard).CountAsync());

        await s.Page.Mouse.MoveAsync(300, 300);
        await s.Page.Mouse.WheelAsync(0, 5000);
        var afterScroll = await Wait.ForCountAboveAsync(s.Page, Selectors.BirthdayCard, 4);
        Assert.Equal(8, afterScroll);

        for (var i = 0; i < 6 && await s.Page.Locator(Selectors.BirthdayCard).CountAsync() == 8; i++)
        {
            await s.Page.Keyboard.PressAsync("PageDown");
        }

        Assert.Equal(12, await Wait.ForCountAboveAsync(s.Page, Selectors.BirthdayCard, 8));
    }

    [Fact]
    public async Task DomVariant_ChangesClassesButNotStableAttributes()
    {
        await using var a = await FakeSession.StartAsync(browser.Browser, Scenarios.Demo("en"));
        await using var b = await FakeSession.StartAsync(browser.Browser, Scenarios.Demo("en", sc => sc.ClassSeed = "another-build"));
        var cardA = await CardShapeAsync(a);
        var cardB = await CardShapeAsync(b);
        Assert.Empty(cardA.Classes.Intersect(cardB.Classes));
        Assert.Equal(cardA.Stable, cardB.Stable);

        // The runtime switch also changes the build: other hashes, name in h2, old invitation layout, URN on the inner event.
        a.Server.Faults.DomVariant = true;
        var variant = await CardShapeAsync(a);
        Assert.Empty(cardA.Classes.Intersect(variant.Classes.Where(c => c != "celebrations-entity-list-item")));
        Assert.Equal(cardA.Stable, variant.Stable);
        await a.GotoAsync("/in/may-chen/");
        Assert.Equal(0, await a.Page.Locator("main h1").CountAsync());
        Assert.Equal("May Chen", await a.Page.Locator("main section h2.text-heading-xlarge").InnerTextAsync());
        await a.GotoAsync("/mynetwork/invitation-manager/");
        Assert.Equal(0, await a.Page.Locator(Selectors.InvitationCard).CountAsync());
        var old = a.Page.Locator(Selectors.OldInvitationCard).Filter(new() { HasText = "Paul Girard" });
        Assert.Equal(2, await old.Locator(Selectors.OldActionButton).CountAsync());
        Assert.Equal(1, await old.Locator("button.invitation-card__action-btn.artdeco-button--secondary[aria-label^=\"Accept\"]").CountAsync());
        await a.GotoAsync("/messaging/");
        Assert.Equal(2, await a.Page.Locator($"main {Selectors.ClassicMessageItem} .msg-s-event-listitem[data-event-urn]").CountAsync());
        Assert.Equal(0, await a.Page.Locator($"main {Selectors.MessageItem}").CountAsync());
    }

    private static async Task<(string[] Classes, string Stable)> CardShapeAsync(FakeSession s)
    {
        await s.GotoAsync("/mynetwork/catch-up/birthday/");
        var card = s.Page.Locator(Selectors.BirthdayCard).Filter(new() { HasText = "May Chen" });
        var classes = await card.EvaluateAsync<string[]>("c => [...new Set([c, ...c.querySelectorAll('*')].flatMap(e => [...e.classList]))]");
        var stable = await card.EvaluateAsync<string>(
            "c => [c.getAttribute('role'), ...[...c.querySelectorAll('a')].map(a => a.getAttribute('href') + '|' + a.getAttribute('aria-label'))].join('\\n')");
        return (classes, stable);
    }

    [Fact]
    public async Task WishButtonVariant_OpensBubbleFromMessageButton()
    {
        await using var s = await FakeSession.StartAsync(browser.Browser, Scenarios.Demo("en"));
        s.Server.Faults.WishButton = true;
        await s.GotoAsync("/mynetwork/catch-up/birthday/");
        var card = s.Page.Locator(Selectors.BirthdayCard).Filter(new() { HasText = "May Chen" });
        Assert.Equal(0, await card.Locator(Selectors.WishLink).CountAsync());
        await card.GetByRole(AriaRole.Button, new() { Name = "Message", Exact = true }).ClickAsync();
        Assert.Equal("May Chen", (await s.Page.Locator($"{Selectors.Bubble} {Selectors.BubbleTitle}").InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task NotConnectedBirthday_ShowsConnectOrFollowAndNoWish()
    {
        await using var s = await FakeSession.StartAsync(browser.Browser, Scenarios.Demo("fr", sc => sc.Faults["lazy_page_size"] = "0"));
        await s.GotoAsync("/mynetwork/catch-up/birthday/");
        var karim = s.Page.Locator(Selectors.BirthdayCard).Filter(new() { HasText = "Karim Benali" });
        Assert.Equal(0, await karim.Locator(Selectors.WishLink).CountAsync());
        Assert.Equal("Se connecter", (await karim.Locator("button").InnerTextAsync()).Trim());
        await karim.Locator("button[aria-label=\"Inviter Karim Benali à rejoindre votre réseau\"]").ClickAsync();
        await Assertions.Expect(karim.Locator("button")).ToHaveTextAsync("En attente");
        Assert.Single(s.Server.Actions.Snapshot(), a => a.Kind == FakeActionKinds.InvitationSent && a.ProfileSlug == "karim-benali");
    }

    [Fact]
    public async Task WithdrawNoDialog_RemovesItemDirectly()
    {
        await using var s = await FakeSession.StartAsync(browser.Browser, Scenarios.Demo("en"));
        s.Server.Faults.Withdraw = "no_dialog";
        await s.GotoAsync("/mynetwork/invitation-manager/sent/");
        var item = s.Page.Locator(Selectors.SentItem).Filter(new() { HasText = "Emma Fontaine" });
        await item.Locator("button[aria-label=\"Withdraw invitation sent to Emma Fontaine\"]").ClickAsync();
        await Assertions.Expect(item).ToHaveCountAsync(0);
        Assert.Single(s.Server.Actions.Snapshot(), a => a.Kind == FakeActionKinds.InvitationWithdrawn);
    }

    [Fact]
    public async Task WithdrawNotRemoved_ItemStaysAndNothingIsRecorded()
    {
        await using var s = await FakeSession.StartAsync(browser.Browser, Scenarios.Demo("en"));
        s.Server.Faults.Withdraw = "not_removed";
        await s.GotoAsync("/mynetwork/invitation-manager/sent/");
        var item = s.Page.Locator(Selectors.SentItem).Filter(new() { HasText = "Emma Fontaine" });
        await item.Locator("button[aria-label*=\"Withdraw\"]").ClickAsync();
        var dialog = s.Page.Locator(Selectors.Dialog);
        await dialog.Locator("button.artdeco-button--primary").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await s.GotoAsync("/mynetwork/invitation-manager/sent/");
        Assert.Equal(1, await s.Page.Locator(Selectors.SentItem).Filter(new() { HasText = "Emma Fontaine" }).CountAsync());
        Assert.DoesNotContain(s.Server.Actions.Snapshot(), a => a.Kind == FakeActionKinds.InvitationWithdrawn);
    }
}
