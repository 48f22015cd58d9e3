using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Configuration;
using LinkedInAuto.Pages.States;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Bots.Visitor;

/// <summary>Walks the result pages of the run's searches by `page=`, visiting whoever is due, page by page.</summary>
/// <remarks>
/// A page has "something new" when it shows someone not seen yet in this run, not blacklisted and not visited within
/// `revisit_after`. A search stops after `stop_after_empty_pages` pages without, at `max_pages`, or on the last page
/// (Next disabled): every page opened is one search in LinkedIn's monthly allowance.
/// </remarks>
internal sealed partial class SearchWalk(BotRun run, VisitStore visits, BlacklistStore blacklistStore)
{
    private static readonly PageExpectation s_search = PageExpectation.Paths("/search/results/");
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly ProfileVisitor _visitor = new(run, visits);

    /// <summary>Runs one search; false when the run must end (visit quota spent, active hours over).</summary>
    public async Task<bool> RunAsync(VisitorSearch search, CancellationToken cancellationToken)
    {
        var options = run.Config.Visitor;
        var emptyPages = 0;
        for (var number = 1; number <= options.MaxPages; number++)
        {
            await run.OpenAsync(SearchUrl.Build(search, options.Locations, number), s_search, cancellationToken);
            var page = await SearchResultReader.ReadAsync(run, VisitorBot.GrowthWait, cancellationToken);
            var due = await DueAsync(page.People, cancellationToken);
            LogPage(run.Logger, number, page.People.Count, page.Anonymous, due.Count);
            emptyPages = due.Count == 0 ? emptyPages + 1 : 0;
            foreach (var person in due)
            {
                if (!await run.MayActAsync(ActionKind.Visit, cancellationToken))
                {
                    return false;
                }

                await _visitor.VisitAsync(person, cancellationToken);
                if (!await run.PaceAsync(cancellationToken))
                {
                    return false;
                }
            }

            if (page.IsLast || emptyPages >= options.StopAfterEmptyPages)
            {
                break;
            }
        }

        return true;
    }

    private async Task<List<SearchResult>> DueAsync(IReadOnlyList<SearchResult> people, CancellationToken cancellationToken)
    {
        var revisitFrom = run.Time.GetUtcNow().UtcDateTime - run.Config.Visitor.RevisitAfter;
        var due = new List<SearchResult>();

        // Read for each page: a member blacklisted from the CLI during a long run is skipped from the next page on.
        var blacklist = await Blacklist.LoadAsync(run.Config, blacklistStore, cancellationToken);
        foreach (var person in people.Where(p => _seen.Add(p.Identity)))
        {
            if (blacklist.Contains(person.Identity, person.FullName))
            {
                run.Record("visit", person.Identity, ActionResult.Skipped, "blacklisted");
            }
            else if (await visits.LastVisitAsync(person.Identity, cancellationToken) is { } last && last > revisitFrom)
            {
                run.Record("visit", person.Identity, ActionResult.Skipped, $"visited {last:yyyy-MM-dd}, within revisit_after");
            }
            else
            {
                due.Add(person);
            }
        }

        return due;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search page {PageNumber}: {People} people, {Anonymous} out-of-network members, {Due} due for a visit")]
    private static partial void LogPage(ILogger logger, int pageNumber, int people, int anonymous, int due);
}
