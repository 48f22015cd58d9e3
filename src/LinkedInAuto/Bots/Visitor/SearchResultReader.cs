using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Engine;

namespace LinkedInAuto.Bots.Visitor;

/// <summary>Reads one people-search results page: the people it links to, and whether it is the last page (docs/linkedin-pages.md §3.7).</summary>
internal static class SearchResultReader
{
    /// <summary>Harvests the page's results after scrolling until they stop growing (they render progressively).</summary>
    /// <exception cref="PageNotUnderstoodException">No result on a page that is not LinkedIn's "no results" page.</exception>
    public static async Task<SearchResultsPage> ReadAsync(BotRun run, TimeSpan growthWait, CancellationToken cancellationToken)
    {
        var page = run.Page;
        var containers = await Harvest.ScrollUntilStableAsync(page, "search.result", page.Main, growthWait, run.Time, cancellationToken);
        if (containers.Count == 0)
        {
            await ListPage.SearchResults.EnsureEmptyAsync(run);
        }

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

            people.Add(new SearchResult(identity, (await page.ReadAsync("search.result_name", container)).Value));
        }

        // The Next button is disabled on the last page: no need to ask LinkedIn for an empty one.
        var next = await page.FindAsync("search.next", page.Main);
        var last = containers.Count == 0 || (next.Found && !await next.Matches[0].IsEnabledAsync());
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
