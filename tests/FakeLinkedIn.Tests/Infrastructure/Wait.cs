using Microsoft.Playwright;

namespace FakeLinkedIn.Tests.Infrastructure;

/// <summary>Awaiting page conditions through Playwright's own waits (no fixed sleeps).</summary>
public static class Wait
{
    /// <summary>Waits until <paramref name="selector"/> matches more than <paramref name="count"/> elements.</summary>
    public static async Task<int> ForCountAboveAsync(IPage page, string selector, int count)
    {
        try
        {
            await page.WaitForFunctionAsync("([s, n]) => document.querySelectorAll(s).length > n", new object[] { selector, count });
        }
        catch (TimeoutException e)
        {
            var state = await page.EvaluateAsync<string>(
                """
                s => JSON.stringify({
                  count: document.querySelectorAll(s).length, scrollY: window.scrollY, innerHeight: window.innerHeight,
                  scrollHeight: document.documentElement.scrollHeight, active: document.activeElement?.outerHTML?.slice(0, 120),
                  url: location.href })
                """, selector);
            throw new TimeoutException($"still {count} or fewer '{selector}': {state}", e);
        }

        return await page.Locator(selector).CountAsync();
    }

    /// <summary>Scrolls to the bottom until at least <paramref name="min"/> elements match, waiting for each appended chunk.</summary>
    /// <remarks>
    /// A scripted scroll, not the End key: Chromium animates keyboard scrolling, and a chunk appended during the
    /// animation can leave the window short of the bottom with no further scroll event (seen on 2-core CI).
    /// The keys themselves are covered by the lazy-list test.
    /// </remarks>
    public static async Task<int> ScrollUntilCountAsync(IPage page, string selector, int min)
    {
        var count = await page.Locator(selector).CountAsync();
        while (count < min)
        {
            await page.EvaluateAsync("() => window.scrollTo(0, document.documentElement.scrollHeight)");
            count = await ForCountAboveAsync(page, selector, count);
        }

        return count;
    }
}
