using LinkedInAuto.Engine;
using Microsoft.Playwright;

namespace LinkedInAuto.Bots.Invitations;

/// <summary>Reads the received-invitations page into <see cref="ReceivedInvitation"/>s, after scrolling until the list stops growing.</summary>
/// <remarks>
/// The headline has no dependable selector on the new layout (hashed classes), so without `invitations.headline` it is the
/// first visible line after the inviter's link (linkedin-pages.md §3.5). A note counts only when the card offers what
/// comes with one ("Reply", "…see more"): a card whose extra text is something else is then never accepted by `with_note`.
/// </remarks>
internal static class ReceivedInvitationReader
{
    // Visible text after the profile link, outside links and buttons (their labels are not the inviter's words).
    private const string LinesAfterScript = """
        (card, link) => {
            const shown = (e) => { const r = e.getBoundingClientRect(); return r.width > 1 && r.height > 1 && getComputedStyle(e).visibility !== 'hidden'; };
            const lines = [];
            const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
                const node = walker.currentNode;
                const parent = node.parentElement;
                const text = node.textContent.replace(/\s+/g, ' ').trim();
                if (!text || !parent || link.contains(node) || !(link.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING)
                    || parent.closest('a, button') || !shown(parent)) { continue; }
                lines.push(text);
            }
            return lines;
        }
        """;

    /// <summary>Harvests every pending person invitation of the page (first card of each person); other cards are counted apart.</summary>
    public static async Task<(IReadOnlyList<ReceivedInvitation> People, int Others)> ReadAsync(
        LinkedInPage page, TimeSpan growthWait, TimeProvider time, CancellationToken cancellationToken)
    {
        var cards = await Harvest.ScrollUntilStableAsync(page, "invitations.card", page.Main, growthWait, time, cancellationToken);
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

        var name = await page.FindAsync("invitations.inviter_name", card, visibleOnly: false);
        var fullName = name.Found ? await Harvest.TextAsync(name.Matches[0]) : string.Empty;
        var handle = await link.Matches[0].ElementHandleAsync();
        string[] lines;
        try
        {
            lines = await card.EvaluateAsync<string[]>(LinesAfterScript, handle);
        }
        finally
        {
            await handle.DisposeAsync();
        }

        var mutualLine = lines.FirstOrDefault(l => MutualConnections.Parse(l) is not null);
        var headline = await HeadlineAsync(page, card) ?? lines.FirstOrDefault(l => l != mutualLine) ?? string.Empty;
        var rest = lines.Where(l => l != mutualLine && l != headline && l != fullName).ToList();
        var note = rest.Count > 0 && (await page.FindAsync("invitations.note_action", card)).Found ? string.Join(" ", rest) : null;
        return new ReceivedInvitation(identity, fullName, headline.Trim(), mutualLine is null ? 0 : MutualConnections.Parse(mutualLine)!.Value, note);
    }

    private static async Task<string?> HeadlineAsync(LinkedInPage page, ILocator card)
    {
        var match = await page.FindAsync("invitations.headline", card);
        return match.Found ? (await match.Matches[0].InnerTextAsync()).Trim() : null;
    }
}
