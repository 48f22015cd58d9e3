using LinkedInAuto.Engine;
using Microsoft.Playwright;

namespace LinkedInAuto.Bots;

/// <summary>Harvests a lazily growing list: scroll until the number of items is stable twice (docs/linkedin-pages.md §5 rule 9).</summary>
public static class Harvest
{
    private const int MaxRounds = 200;
    private static readonly TimeSpan s_poll = TimeSpan.FromMilliseconds(200);

    /// <summary>Scrolls <paramref name="page"/> until <paramref name="element"/> in <paramref name="scope"/> stops growing; returns the final matches.</summary>
    /// <param name="page">The page.</param>
    /// <param name="element">The list item element's name.</param>
    /// <param name="scope">Where the items live.</param>
    /// <param name="growthWait">How long to wait for more items after each scroll.</param>
    /// <param name="time">The clock.</param>
    /// <param name="cancellationToken">Cancels the harvest.</param>
    public static async Task<IReadOnlyList<ILocator>> ScrollUntilStableAsync(
        LinkedInPage page, string element, ILocator scope, TimeSpan growthWait, TimeProvider time, CancellationToken cancellationToken)
    {
        var items = (await page.FindAsync(element, scope)).Matches;
        var stableRounds = 0;
        for (var round = 0; round < MaxRounds && stableRounds < 2; round++)
        {
            await page.Input.ScrollAsync(2400, cancellationToken);
            await page.Input.PressPageDownAsync();
            var before = items.Count;
            var started = time.GetTimestamp();
            do
            {
                await Task.Delay(s_poll, time, cancellationToken);
                items = (await page.FindAsync(element, scope)).Matches;
            }
            while (items.Count == before && time.GetElapsedTime(started) < growthWait);

            stableRounds = items.Count == before ? stableRounds + 1 : 0;
        }

        return items;
    }
}
