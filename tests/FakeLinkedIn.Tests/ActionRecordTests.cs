using System.Net.Http.Json;
using System.Text.Json;
using FakeLinkedIn.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FakeLinkedIn.Tests;

/// <summary>Acceptance 2: one wish, one accept and one withdraw done by hand-written clicks, read back from the record.</summary>
[Collection(BrowserGroup.Name)]
public sealed class ActionRecordTests(BrowserFixture browser)
{
    private const string Wish = "Joyeux anniversaire Thierry, belle journée à toi !";

    [Fact]
    public async Task WishAcceptWithdraw_ByClicks_AreRecorded()
    {
        await using var s = await FakeSession.StartAsync(browser.Browser, Scenarios.Demo("fr"));
        await SendWishAsync(s.Page, s);
        await AcceptAsync(s.Page, s);
        await WithdrawAsync(s.Page, s);

        var actions = s.Server.Actions.Snapshot().Where(a => a.IsStateChanging).ToList();
        Assert.Equal([FakeActionKinds.MessageSent, FakeActionKinds.InvitationAccepted, FakeActionKinds.InvitationWithdrawn], actions.Select(a => a.Kind));
        Assert.Equal("thierry-oneil", actions[0].ProfileSlug);
        Assert.Equal("https://www.linkedin.com/in/thierry-oneil/", actions[0].ProfileUrl);
        Assert.Equal(Wish, actions[0].Text);
        Assert.StartsWith("2-", actions[0].ThreadId, StringComparison.Ordinal);
        Assert.Equal("paul-girard", actions[1].ProfileSlug);
        Assert.Equal("julie-petit", actions[2].ProfileSlug);

        using var http = new HttpClient { BaseAddress = s.Server.BaseUrl };
        var json = await http.GetFromJsonAsync<JsonElement>("/__fake/actions");
        var kinds = json.EnumerateArray().Select(a => a.GetProperty("kind").GetString()).ToList();
        Assert.Contains(FakeActionKinds.MessageSent, kinds);
        var sent = json.EnumerateArray().Single(a => a.GetProperty("kind").GetString() == FakeActionKinds.MessageSent);
        Assert.Equal(Wish, sent.GetProperty("text").GetString());
        Assert.Equal("thierry-oneil", sent.GetProperty("profile_slug").GetString());
        Assert.Contains(json.EnumerateArray(), a => a.GetProperty("kind").GetString() == FakeActionKinds.InvitationAccepted
            && a.GetProperty("profile_slug").GetString() == "paul-girard");
        Assert.Contains(json.EnumerateArray(), a => a.GetProperty("kind").GetString() == FakeActionKinds.InvitationWithdrawn
            && a.GetProperty("profile_slug").GetString() == "julie-petit");
    }

    private static async Task SendWishAsync(IPage page, FakeSession s)
    {
        await s.GotoAsync("/mynetwork/catch-up/birthday/");
        var card = page.Locator(Selectors.BirthdayCard).Filter(new() { HasText = "Thierry O’Neil" });
        await card.Locator(Selectors.WishLink).ClickAsync();
        var bubble = page.Locator(Selectors.Bubble);
        var composer = bubble.Locator(Selectors.Composer);
        Assert.Equal("Je vous souhaite un très joyeux anniversaire.", await composer.InnerTextAsync());

        // Overwrite the pre-filled text, then check it before sending (§5 rule 13).
        await composer.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        Assert.False(await bubble.Locator(Selectors.SendButton).IsEnabledAsync());
        await page.Keyboard.TypeAsync(Wish);
        Assert.Equal(Wish, await composer.InnerTextAsync());
        var before = await bubble.Locator(Selectors.MessageItem).CountAsync();
        await bubble.Locator(Selectors.SendButton).ClickAsync();

        // Proof of sending (§3.4): a new last item with an event URN and the text, composer empty, Send disabled.
        var last = bubble.Locator(Selectors.MessageItem).Last;
        await Assertions.Expect(last).ToHaveAttributeAsync("data-event-urn", new System.Text.RegularExpressions.Regex("^urn:li:msg_message:"));
        Assert.Equal(before + 1, await bubble.Locator(Selectors.MessageItem).CountAsync());
        Assert.Equal(Wish, await last.Locator("p").InnerTextAsync());
        Assert.Equal("", await composer.InnerTextAsync());
        Assert.False(await bubble.Locator(Selectors.SendButton).IsEnabledAsync());
        await bubble.Locator(Selectors.CloseConversation).ClickAsync();
    }

    private static async Task AcceptAsync(IPage page, FakeSession s)
    {
        await s.GotoAsync("/mynetwork/invitation-manager/received/");
        var card = page.Locator(Selectors.InvitationCard).Filter(new() { HasText = "Paul Girard" });
        await card.Locator("button[aria-label=\"Accepter l’invitation de Paul Girard\"]").ClickAsync();
        await Assertions.Expect(card.Locator("button[aria-label^=\"Accepter\"]")).ToHaveCountAsync(0);
        await Assertions.Expect(card).ToContainTextAsync("fait maintenant partie de votre réseau");
    }

    private static async Task WithdrawAsync(IPage page, FakeSession s)
    {
        await s.GotoAsync("/mynetwork/invitation-manager/sent/");
        var item = page.Locator(Selectors.SentItem).Filter(new() { HasText = "Julie Petit" });
        await item.Locator("button[aria-label*=\"Retirer\"]").ClickAsync();
        var dialog = page.Locator(Selectors.Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync("Retirer l’invitation");
        await dialog.Locator("button.artdeco-button--primary").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(item).ToHaveCountAsync(0);
    }
}
