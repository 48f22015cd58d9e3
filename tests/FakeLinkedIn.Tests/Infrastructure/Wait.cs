using Microsoft.Playwright;

namespace FakeLinkedIn.Tests.Infrastructure;

/// <summary>Awaiting page conditions through Playwright's own waits (no fixed sleeps).</summary>
public static class Wait
{
    /// <summary>Waits until <paramref name="selector"/> matches more than <paramref name="count"/> elements.</summary>
    public static async Task<int> ForCountAboveAsync(IPage page, string selector, int count)
    {
        await page.WaitForFunctionAsync("([s, n]) => document.querySelectorAll(s).length > n", new object[] { selector, count });
        return await page.Locator(selector).CountAsync();
    }

    /// <summary>Presses End until at least <paramref name="min"/> elements match, waiting for each appended chunk.</summary>
    public static async Task<int> ScrollUntilCountAsync(IPage page, string selector, int min)
    {
        var count = await page.Locator(selector).CountAsync();
        while (count < min)
        {
            await page.Keyboard.PressAsync("End");
            count = await ForCountAboveAsync(page, selector, count);
        }

        return count;
    }
}
