using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Engine;
using LinkedInAuto.Pages.Text;
using Microsoft.Playwright;

namespace LinkedInAuto.Bots.Invitations;

/// <summary>Reads the sent-invitations page into <see cref="SentInvitation"/>s, after scrolling until the list stops growing.</summary>
/// <remarks>
/// An item's name comes from the best source its markup offers and its age from the one element that reads as an
/// elapsed time (src/LinkedInAuto/Pages/README.md); an age read two ways is unreadable, and an unreadable age never withdraws.
/// </remarks>
internal static class SentInvitationReader
{
    /// <summary>Harvests every item with a profile link (first item of each person); an empty list must be LinkedIn's empty state.</summary>
    /// <exception cref="PageNotUnderstoodException">No item, or no item with a profile link, on a page that is not empty.</exception>
    public static async Task<IReadOnlyList<SentInvitation>> ReadAsync(BotRun run, TimeSpan growthWait, CancellationToken cancellationToken)
    {
        var page = run.Page;
        var items = await Harvest.ScrollUntilStableAsync(page, "sent.item", page.Main, growthWait, run.Time, cancellationToken);
        var sent = new List<SentInvitation>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (await ReadItemAsync(page, item, run.Today) is { } invitation && seen.Add(invitation.Identity))
            {
                sent.Add(invitation);
            }
        }

        if (sent.Count == 0)
        {
            // Items found but none leading to a person is no more understood than no item at all.
            await ListPage.SentInvitations.EnsureEmptyAsync(run);
        }

        return sent;
    }

    private static async Task<SentInvitation?> ReadItemAsync(LinkedInPage page, ILocator item, DateOnly today)
    {
        var link = await page.FindAsync("sent.link", item, visibleOnly: false);
        if (!link.Found || ProfileLinks.Identity(await link.Matches[0].GetAttributeAsync("href")) is not { } identity)
        {
            return null;
        }

        var name = await page.ReadAsync("sent.name", item);
        var (text, age) = await AgeAsync(page, item, today);
        return new SentInvitation(identity, name.Value, text, age);
    }

    // Every element that reads as a past elapsed time; several different readings (a headline saying "2 years ago")
    // make the age unknown rather than a guess.
    private static async Task<(string Text, ElapsedText Age)> AgeAsync(LinkedInPage page, ILocator item, DateOnly today)
    {
        var readings = new List<(string Text, ElapsedText Age)>();
        foreach (var match in (await page.FindAsync("sent.time", item)).Matches)
        {
            var text = (await match.InnerTextAsync()).Trim();
            if (ElapsedTextParser.Parse(text, today) is { Kind: ElapsedKind.Past } age)
            {
                readings.Add((text, age));
            }
        }

        return readings.Select(r => r.Age).Distinct().Count() == 1 ? readings[0]
            : (string.Join(" / ", readings.Select(r => r.Text)), ElapsedText.Unknown);
    }
}
