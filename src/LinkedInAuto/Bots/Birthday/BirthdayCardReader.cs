using LinkedInAuto.Engine;
using LinkedInAuto.Pages.Text;
using Microsoft.Playwright;

namespace LinkedInAuto.Bots.Birthday;

/// <summary>Reads the birthday catch-up page into <see cref="BirthdayCard"/>s: every card, after scrolling until the list stops growing.</summary>
internal static class BirthdayCardReader
{
    /// <summary>Harvests every card of the page (first occurrence of each person).</summary>
    public static async Task<IReadOnlyList<(BirthdayCard Card, ILocator Element)>> ReadAsync(
        LinkedInPage page, DateOnly today, TimeSpan growthWait, TimeProvider time, CancellationToken cancellationToken)
    {
        var elements = await Harvest.ScrollUntilStableAsync(page, "birthday.card", page.Main, growthWait, time, cancellationToken);
        var cards = new List<(BirthdayCard, ILocator)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in elements)
        {
            if (await ReadCardAsync(page, element, today) is { } card && seen.Add(card.Identity))
            {
                cards.Add((card, element));
            }
        }

        return cards;
    }

    private static async Task<BirthdayCard?> ReadCardAsync(LinkedInPage page, ILocator element, DateOnly today)
    {
        var link = await page.FindAsync("birthday.profile_link", element);
        if (!link.Found || ProfileLinks.Identity(await link.Matches[0].GetAttributeAsync("href")) is not { } identity)
        {
            return null; // not a person (page, event): nothing to wish
        }

        var nameMatch = await page.FindAsync("birthday.name", element, visibleOnly: false);
        var fullName = nameMatch.Found ? await Harvest.TextAsync(nameMatch.Matches[0]) : string.Empty;
        var sentence = string.Empty;
        foreach (var paragraph in (await page.FindAsync("birthday.paragraph", element)).Matches)
        {
            var text = await paragraph.InnerTextAsync();
            if (CelebrationSentence.IsCelebration(text))
            {
                sentence = text.Trim();
                break;
            }
        }

        return new BirthdayCard(
            identity,
            fullName,
            CelebrationSentence.FirstName(sentence),
            sentence,
            ElapsedTextParser.Parse(sentence, today),
            (await page.FindAsync("birthday.wish", element)).Found,
            (await page.FindAsync("birthday.not_connected", element)).Found);
    }
}
