using Microsoft.Playwright;

namespace FakeLinkedIn.Tests.Infrastructure;

/// <summary>Hand-written Playwright steps shared by fault tests (real clicks and typing).</summary>
public static class Steps
{
    /// <summary>Opens the birthday page and clicks the wish link of <paramref name="name"/>; returns the bubble that appeared.</summary>
    public static async Task<ILocator> OpenWishAsync(FakeSession s, string name)
    {
        await s.GotoAsync("/mynetwork/catch-up/birthday/");
        var card = s.Page.Locator(Selectors.BirthdayCard).Filter(new() { HasText = name });
        await card.Locator(Selectors.WishLink).ClickAsync();
        var bubble = s.Page.Locator(Selectors.Bubble);
        await bubble.WaitForAsync();
        return bubble;
    }

    /// <summary>Replaces the composer's text by typing.</summary>
    public static async Task TypeAsync(IPage page, ILocator bubble, string text)
    {
        await bubble.Locator(Selectors.Composer).ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.TypeAsync(text);
    }

    /// <summary>Clicks Accept on the received invitation of <paramref name="name"/> (FR labels).</summary>
    public static async Task ClickAcceptAsync(FakeSession s, string name)
    {
        if (!s.Page.Url.Contains("/invitation-manager/", StringComparison.Ordinal))
        {
            await s.GotoAsync("/mynetwork/invitation-manager/received/");
        }

        await s.Page.Locator($"button[aria-label=\"Accepter l’invitation de {name}\"]").ClickAsync();
    }
}
