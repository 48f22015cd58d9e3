using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Storage;

namespace LinkedInAuto.Bots.Visitor;

/// <summary>Sourcing: runs the configured people searches and visits the profiles found, keeping only what sourcing needs.</summary>
public sealed class VisitorBot(VisitStore visits, BlacklistStore blacklistStore) : IBot
{
    /// <summary>How long a results page may take to render more results after a scroll.</summary>
    public static readonly TimeSpan GrowthWait = TimeSpan.FromSeconds(2);

    /// <inheritdoc/>
    public string Name => "visitor";

    /// <inheritdoc/>
    public async Task RunAsync(BotRun run, CancellationToken cancellationToken)
    {
        var searches = run.Config.Visitor.Searches;
        if (searches.Count == 0)
        {
            run.Stop("visitor.searches is empty: nothing to search");
            return;
        }

        var walk = new SearchWalk(run, visits, blacklistStore);
        foreach (var search in searches)
        {
            if (!await walk.RunAsync(search, cancellationToken))
            {
                return;
            }
        }
    }
}
