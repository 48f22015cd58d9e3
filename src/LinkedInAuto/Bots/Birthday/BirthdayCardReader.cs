using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Engine;
using LinkedInAuto.Pages.Selectors;
using LinkedInAuto.Pages.Text;
using Microsoft.Playwright;

namespace LinkedInAuto.Bots.Birthday;

/// <summary>Reads the birthday catch-up page into <see cref="BirthdayCard"/>s: every card, after scrolling until the list stops growing.</summary>
internal static class BirthdayCardReader
{
    /// <summary>Harvests every card of the page (first occurrence of each person); an empty list must be LinkedIn's empty state.</summary>
    /// <exception cref="PageNotUnderstoodException">No card on a page that is not LinkedIn's empty state.</exception>
    public static async Task<IReadOnlyList<(BirthdayCard Card, ILocator Element)>> ReadAsync(BotRun run, TimeSpan growthWait, CancellationToken cancellationToken)
    {
        var page = run.Page;
        var elements = await Harvest.ScrollUntilStableAsync(page, "birthday.card", page.Main, growthWait, run.Time, cancellationToken);
        if (elements.Count == 0)
        {
            await ListPage.Birthdays.EnsureEmptyAsync(run);
        }

        var cards = new List<(BirthdayCard, ILocator)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in elements)
        {
            if (await ReadCardAsync(page, element, run.Today) is { } card && seen.Add(card.Identity))
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

        var fullName = (await page.ReadAsync("birthday.name", element)).Value;
        var sentence = await SentenceAsync(page, element);
        return new BirthdayCard(
            identity,
            fullName,
            CelebrationSentence.FirstName(sentence),
            sentence,
            ElapsedTextParser.Parse(sentence, today),
            (await page.FindAsync("birthday.wish", element)).Found,
            (await page.FindAsync("birthday.not_connected", element)).Found);
    }

    // The paragraph that reads as a celebration; without one (the sentence in another element), the card's line that does.
    private static async Task<string> SentenceAsync(LinkedInPage page, ILocator element)
    {
        foreach (var paragraph in (await page.FindAsync("birthday.paragraph", element)).Matches)
        {
            var text = await paragraph.InnerTextAsync();
            if (CelebrationSentence.IsCelebration(text))
            {
                return text.Trim();
            }
        }

        return (await CardLines.ReadAsync(element)).FirstOrDefault(CelebrationSentence.IsCelebration) ?? string.Empty;
    }
}
