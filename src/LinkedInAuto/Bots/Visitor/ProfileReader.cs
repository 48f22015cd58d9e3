using System.Text.RegularExpressions;
using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Engine;
using LinkedInAuto.Pages.Selectors;
using LinkedInAuto.Pages.Text;
using LinkedInAuto.Storage;
using Microsoft.Playwright;

namespace LinkedInAuto.Bots.Visitor;

/// <summary>Reads the five fields the visitor keeps from an open profile, scrolling through it as a person would (docs/linkedin-pages.md §3.8).</summary>
internal static partial class ProfileReader
{
    private const int MaxScrolls = 8;
    private static readonly TimeSpan s_sectionGrowth = TimeSpan.FromMilliseconds(400);

    /// <summary>Reads name, headline, location and degree from the top card, then scrolls to the Experience section for the current company.</summary>
    /// <exception cref="BotStepException">No top card appeared.</exception>
    public static async Task<VisitedProfile> ReadAsync(LinkedInPage page, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        // `profile.top_card` starts with `main …`: it is searched from the document.
        var top = await page.WaitForAsync("profile.top_card", timeout, page.Document);
        if (!top.Found)
        {
            throw new BotStepException($"no profile top card on {page.Page.Url}");
        }

        var card = top.Matches[0];
        var heading = await page.FindAsync("profile.name", card);
        var name = await NameAsync(page, heading);

        // Without their classes, headline and location are the lines under the name (src/LinkedInAuto/Pages/README.md).
        var lines = heading.Matches.Count == 1 ? await CardLines.ReadAsync(card, heading.Matches[0]) : [];
        var headline = await FirstTextAsync(page, "profile.headline", card, _ => true) ?? TopCardLines.Headline(lines);
        var location = await FirstTextAsync(page, "profile.location", card, IsLocation) ?? TopCardLines.Location(lines, headline, IsLocation);
        var degree = DegreeText.Parse(await FirstTextAsync(page, "profile.degree", card, _ => true));
        await page.Input.DwellAsync(cancellationToken);
        var company = await CompanyAsync(page, time, cancellationToken);
        await page.Input.DwellAsync(cancellationToken);
        return new VisitedProfile(name, headline, location, company, degree);
    }

    /// <summary>Gets the company of an experience caption: the part before " · " ("US Navy · Full-time" → "US Navy").</summary>
    public static string? CompanyOf(string? caption)
    {
        var company = (caption ?? string.Empty).Split('·')[0].Trim();
        return company.Length == 0 ? null : company;
    }

    // The single visible heading of the top card, else the title "(3) Jane Doe | LinkedIn" without its decorations.
    private static async Task<string?> NameAsync(LinkedInPage page, ElementMatch headings)
    {
        if (headings.Matches.Count == 1 && (await headings.Matches[0].InnerTextAsync()).Trim() is { Length: > 0 } name)
        {
            return name;
        }

        var title = TitleDecorations().Replace(await page.Page.TitleAsync(), string.Empty).Trim();
        return title.Length == 0 ? null : title;
    }

    // Sections are added as the member scrolls: scroll down until Experience shows or the page stops offering more.
    private static async Task<string?> CompanyAsync(LinkedInPage page, TimeProvider time, CancellationToken cancellationToken)
    {
        for (var scroll = 0; scroll <= MaxScrolls; scroll++)
        {
            var section = await page.FindAsync("profile.experience_section", page.Main);
            if (section.Found)
            {
                var item = await page.FindAsync("profile.experience_item", section.Matches[0]);
                return item.Found ? CompanyOf(await FirstTextAsync(page, "profile.experience_company", item.Matches[0], _ => true) ?? await SecondLineAsync(item.Matches[0])) : null;
            }

            await page.Input.ScrollAsync(700, cancellationToken);
            await Task.Delay(s_sectionGrowth, time, cancellationToken);
        }

        return null;
    }

    // An experience item reads title, then "Company · Employment", then dates.
    private static async Task<string?> SecondLineAsync(ILocator item) => (await CardLines.ReadAsync(item)).Skip(1).FirstOrDefault();

    private static async Task<string?> FirstTextAsync(LinkedInPage page, string element, ILocator scope, Func<string, bool> accept)
    {
        foreach (var match in (await page.FindAsync(element, scope, visibleOnly: false)).Matches)
        {
            var text = (await match.InnerTextAsync()).Trim();
            if (text.Length > 0 && accept(text))
            {
                return text;
            }
        }

        return null;
    }

    // §3.8: the location line is neither the "· 2nd" badge nor the connection count.
    private static bool IsLocation(string text)
    {
        var folded = PageText.Fold(text);
        return !folded.StartsWith('·') && !folded.Contains("connection", StringComparison.Ordinal)
            && !folded.Contains("connexion", StringComparison.Ordinal) && !PageText.ContainsWord(folded, "relations");
    }

    [GeneratedRegex(@"^\([0-9]+\)\s*|\s*\|\s*LinkedIn\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleDecorations();
}
