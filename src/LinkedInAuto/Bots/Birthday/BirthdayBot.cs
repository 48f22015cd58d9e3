using LinkedInAuto.Bots.Messaging;
using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Pages.States;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;

namespace LinkedInAuto.Bots.Birthday;

/// <summary>Wishes today's birthdays and recent ones missed, once per birthday, from the catch-up page.</summary>
public sealed class BirthdayBot(WishLedger wishes, BlacklistStore blacklistStore) : IBot
{
    /// <summary>How long the list may take to grow after a scroll.</summary>
    public static readonly TimeSpan GrowthWait = TimeSpan.FromSeconds(2);

    private static readonly PageExpectation s_catchUp = PageExpectation.Paths("/mynetwork/catch-up/");

    /// <inheritdoc/>
    public string Name => "birthday";

    /// <inheritdoc/>
    public async Task RunAsync(BotRun run, CancellationToken cancellationToken)
    {
        var options = run.Config.Birthday;
        if (!options.Today && !options.Late)
        {
            run.Stop("birthday.today and birthday.late are both false");
            return;
        }

        var catalog = MessageCatalog.Load(options.MessagesDir);
        await run.OpenAsync("/mynetwork/catch-up/birthday/", s_catchUp, cancellationToken);
        await ConversationOpener.CloseAllAsync(run, cancellationToken);
        var today = run.Today;
        var cards = await BirthdayCardReader.ReadAsync(run, GrowthWait, cancellationToken);
        var sender = new WishSender(run, wishes);
        if (!run.DryRun)
        {
            await sender.ResolveUnknownOutcomesAsync(cards, cancellationToken);
        }

        foreach (var (card, element) in cards.OrderBy(c => c.Card.Elapsed.Days))
        {
            // Read before each decision: a member blacklisted from the CLI during the run is skipped from the next card on.
            var blacklist = await Blacklist.LoadAsync(run.Config, blacklistStore, cancellationToken);
            if (!await ShouldWishAsync(run, card, today, blacklist, cancellationToken))
            {
                continue;
            }

            if (!await run.MayActAsync(ActionKind.Wish, cancellationToken))
            {
                break;
            }

            await sender.WishAsync(card, element, today.AddDays(-card.Elapsed.Days), catalog, cancellationToken);
            if (!await run.PaceAsync(cancellationToken))
            {
                break;
            }
        }
    }

    private async Task<bool> ShouldWishAsync(BotRun run, BirthdayCard card, DateOnly today, IBlacklist blacklist, CancellationToken cancellationToken)
    {
        var verdict = BirthdayEligibility.Decide(card, run.Config.Birthday, blacklist);
        if (!verdict.Eligible)
        {
            run.Record("wish", card.Identity, ActionResult.Skipped, verdict.Reason);
            return false;
        }

        var existing = await wishes.FindForOccurrenceAsync(card.Identity, today.AddDays(-card.Elapsed.Days), cancellationToken);
        if (existing is { State: not WishState.Failed })
        {
            // Sent, verified, or of unknown outcome: never a second wish for one birthday.
            run.Record("wish", card.Identity, ActionResult.Skipped, "already wished for this birthday (" + existing.State.ToString().ToLowerInvariant() + ")");
            return false;
        }

        return true;
    }
}
