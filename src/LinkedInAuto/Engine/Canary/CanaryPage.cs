using LinkedInAuto.Pages.Selectors;
using Microsoft.Playwright;

namespace LinkedInAuto.Engine.Canary;

/// <summary>The checks made on one open page: each element looked for in its scope and recorded with its health.</summary>
internal sealed class CanaryPage(LinkedInPage page, string name, string path)
{
    private readonly List<ElementCheck> _checks = [];

    /// <summary>Looks for <paramref name="element"/> in <paramref name="scope"/> (null: the document) and records the result.</summary>
    /// <returns>The match, empty when missing.</returns>
    public async Task<ElementMatch> CheckAsync(string element, ILocator? scope, string scopeName, string? missingNote = null)
    {
        var match = await page.FindAsync(element, scope);
        Record(match, scopeName, missingNote);
        return match;
    }

    /// <summary>Records a match found by the caller's own search (e.g. the first card that has a wish).</summary>
    public void Record(ElementMatch match, string scopeName, string? missingNote = null) =>
        _checks.Add(match.Found
            ? new ElementCheck(match.Element, scopeName, match.IsFallback ? SelectorHealth.Fallback : SelectorHealth.Primary, match.AlternativeIndex + 1)
            : new ElementCheck(match.Element, scopeName, SelectorHealth.Missing, 0, missingNote));

    /// <summary>Records elements that could not be looked for, because their scope is missing.</summary>
    public void NotChecked(string scopeName, string reason, params string[] elements) =>
        _checks.AddRange(elements.Select(e => new ElementCheck(e, scopeName, SelectorHealth.NotChecked, 0, reason)));

    /// <summary>Gets what was checked.</summary>
    public PageCheck Result => new(name, path, [.. _checks]);
}
