using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Engine;
using LinkedInAuto.Pages.Selectors;
using Microsoft.Playwright;

namespace LinkedInAuto.Bots.Invitations;

/// <summary>Reads the received-invitations page into <see cref="ReceivedInvitation"/>s, after scrolling until the list stops growing.</summary>
/// <remarks>
/// The headline has no dependable selector on the new layout (hashed classes), so without `invitations.headline` it is the
/// first line after the inviter's link (src/LinkedInAuto/Pages/README.md); the note is the message text left in the card, with or
/// without a "Reply" control (<see cref="InvitationNote"/>).
/// </remarks>
internal static class ReceivedInvitationReader
{
    /// <summary>Harvests every pending person invitation of the page (first card of each person); other cards are counted apart.</summary>
    /// <exception cref="PageNotUnderstoodException">No card on a page that is not LinkedIn's empty state.</exception>
    public static async Task<(IReadOnlyList<ReceivedInvitation> People, int Others)> ReadAsync(BotRun run, TimeSpan growthWait, CancellationToken cancellationToken)
    {
        var page = run.Page;
        var cards = await Harvest.ScrollUntilStableAsync(page, "invitations.card", page.Main, growthWait, run.Time, cancellationToken);
        if (cards.Count == 0)
        {
            await ListPage.ReceivedInvitations.EnsureEmptyAsync(run);
        }

        var people = new List<ReceivedInvitation>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var others = 0;
        foreach (var card in cards)
        {
            if (await ReadCardAsync(page, card) is not { } invitation)
            {
                others++; // a page, event or newsletter (no /in/ link), or an invitation already answered
            }
            else if (seen.Add(invitation.Identity))
            {
                people.Add(invitation);
            }
        }

        return (people, others);
    }

    private static async Task<ReceivedInvitation?> ReadCardAsync(LinkedInPage page, ILocator card)
    {
        var link = await page.FindAsync("invitations.inviter_link", card, visibleOnly: false);
        if (!link.Found || ProfileLinks.Identity(await link.Matches[0].GetAttributeAsync("href")) is not { } identity)
        {
            return null;
        }

        // An answered card stays in the list for a while ("… is now a connection"): only Accept/Ignore mean pending.
        if (!(await page.FindAsync("invitations.accept", card)).Found && !(await page.FindAsync("invitations.ignore", card)).Found)
        {
            return null;
        }

        var fullName = (await page.ReadAsync("invitations.inviter_name", card)).Value;
        var lines = await CardLines.ReadAsync(card, link.Matches[0]);
        var mutualLine = lines.FirstOrDefault(l => MutualConnections.Parse(l) is not null);
        var headline = await HeadlineAsync(page, card) ?? lines.FirstOrDefault(l => !InvitationNote.IsCardDetail(l, fullName)) ?? string.Empty;
        var note = InvitationNote.Read(lines, fullName, headline);
        return new ReceivedInvitation(identity, fullName, headline.Trim(), mutualLine is null ? 0 : MutualConnections.Parse(mutualLine)!.Value, note);
    }

    private static async Task<string?> HeadlineAsync(LinkedInPage page, ILocator card)
    {
        var match = await page.FindAsync("invitations.headline", card);
        return match.Found ? (await match.Matches[0].InnerTextAsync()).Trim() : null;
    }
}
