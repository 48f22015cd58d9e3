using LinkedInAuto.Engine;

namespace LinkedInAuto.Bots.Visitor;

/// <summary>Reads one people-search results page: the people it links to, and whether it is the last page (linkedin-pages.md §3.7).</summary>
internal static class SearchResultReader
{
    /// <summary>Harvests the page's results after scrolling until they stop growing (they render progressively).</summary>
    public static async Task<SearchResultsPage> ReadAsync(LinkedInPage page, TimeSpan growthWait, TimeProvider time, CancellationToken cancellationToken)
    {
        var containers = await Harvest.ScrollUntilStableAsync(page, "search.result", page.Main, growthWait, time, cancellationToken);
        var people = new List<SearchResult>();
        var members = 0;
        foreach (var container in containers)
        {
            var link = await page.FindAsync("search.result_link", container, visibleOnly: false);
            if (!link.Found || ProfileLinks.Identity(await link.Matches[0].GetAttributeAsync("href")) is not { } identity)
            {
                members++; // "LinkedIn Member": out of network, no profile to open
                continue;
            }

            var name = await page.FindAsync("search.result_name", container, visibleOnly: false);
            people.Add(new SearchResult(identity, name.Found ? await Harvest.TextAsync(name.Matches[0]) : string.Empty));
        }

        // The Next button is disabled on the last page: no need to ask LinkedIn for an empty one.
        var next = await page.FindAsync("search.next", page.Main);
        var last = next.Found && !await next.Matches[0].IsEnabledAsync();
        return new SearchResultsPage(people, members, last);
    }
}

/// <summary>A person a search result links to.</summary>
/// <param name="Identity">The canonical profile URL.</param>
/// <param name="FullName">The name shown in the result.</param>
internal sealed record SearchResult(string Identity, string FullName);

/// <summary>One results page.</summary>
/// <param name="People">The results with a profile link, in page order.</param>
/// <param name="Anonymous">How many results had no profile link ("LinkedIn Member").</param>
/// <param name="IsLast">Whether LinkedIn says there is no next page.</param>
internal sealed record SearchResultsPage(IReadOnlyList<SearchResult> People, int Anonymous, bool IsLast);
