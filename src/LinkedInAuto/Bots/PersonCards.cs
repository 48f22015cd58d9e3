using LinkedInAuto.Engine;
using LinkedInAuto.Pages.Text;
using Microsoft.Playwright;

namespace LinkedInAuto.Bots;

/// <summary>Finds a person's card on a list page again by profile URL, and the card's button that names the person.</summary>
/// <remarks>
/// Lists shrink and cards are replaced as the bot acts, so a card is never kept by position: it is looked up again by
/// identity just before each action, and its button must carry the person's name in its label (docs/linkedin-pages.md §3.5,
/// §3.6, §5 rules 4 and 8).
/// </remarks>
internal static class PersonCards
{
    /// <summary>Gets the card of <paramref name="identity"/> among the <paramref name="cardElement"/> items of `main`, or null.</summary>
    public static async Task<ILocator?> FindAsync(LinkedInPage page, string cardElement, string linkElement, string identity)
    {
        foreach (var card in (await page.FindAsync(cardElement, page.Main)).Matches)
        {
            var link = await page.FindAsync(linkElement, card, visibleOnly: false);
            if (link.Found && ProfileLinks.Identity(await link.Matches[0].GetAttributeAsync("href")) == identity)
            {
                return card;
            }
        }

        return null;
    }

    /// <summary>Gets the visible <paramref name="element"/> buttons of <paramref name="card"/> whose label names <paramref name="fullName"/>.</summary>
    /// <param name="page">The page.</param>
    /// <param name="element">The button element's name.</param>
    /// <param name="card">The person's card.</param>
    /// <param name="fullName">The person's name as displayed.</param>
    /// <param name="enabledOnly">Only enabled buttons (to act); false counts a button disabled while its request is in flight too (to verify).</param>
    /// <remarks>
    /// A control named only by its word ("Withdraw", no label) names nobody: it counts when it is the card's only such
    /// control, since the card itself was found by the person's profile link. A label naming someone else never counts.
    /// </remarks>
    public static async Task<IReadOnlyList<ILocator>> NamedButtonsAsync(LinkedInPage page, string element, ILocator card, string fullName, bool enabledOnly = true)
    {
        var buttons = (await page.FindAsync(element, card)).Matches;
        var named = new List<ILocator>();
        var unlabelled = new List<ILocator>();
        foreach (var button in buttons)
        {
            if (enabledOnly && !await button.IsEnabledAsync())
            {
                continue;
            }

            var label = await button.GetAttributeAsync("aria-label");
            if (Names(label, fullName))
            {
                named.Add(button);
            }
            else if (string.IsNullOrWhiteSpace(label) || PageText.Normalize(label) == PageText.Normalize(await button.InnerTextAsync()))
            {
                unlabelled.Add(button);
            }
        }

        return named.Count > 0 ? named : buttons.Count == 1 && unlabelled.Count == 1 ? unlabelled : [];
    }

    /// <summary>Gets a value indicating whether a button label names the person (whole words, accent- and case-insensitive).</summary>
    public static bool Names(string? label, string fullName) =>
        !string.IsNullOrWhiteSpace(fullName) && PageText.ContainsWord(label, fullName);
}
