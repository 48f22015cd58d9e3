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

    /// <summary>Reads <paramref name="element"/>'s value (a name) in <paramref name="scope"/> as the bots do, and records which alternative yielded it.</summary>
    public async Task<ElementText> ReadAsync(string element, ILocator scope, string scopeName, string? missingNote = null)
    {
        var text = await page.ReadAsync(element, scope);
        Record(element, text.AlternativeIndex, scopeName, missingNote);
        return text;
    }

    /// <summary>Records a match found by the caller's own search (e.g. the first card that has a wish).</summary>
    public void Record(ElementMatch match, string scopeName, string? missingNote = null) =>
        Record(match.Element, match.AlternativeIndex, scopeName, missingNote);

    /// <summary>Records a value read from a card's lines, after every alternative failed: a fallback beyond the file (number <paramref name="alternative"/>).</summary>
    public void Lines(string element, string scopeName, int alternative, string description) =>
        _checks.Add(new ElementCheck(element, scopeName, SelectorHealth.Fallback, alternative) { Matched = description });

    /// <summary>Records a list's items as not checked because LinkedIn shows the list empty (its empty state).</summary>
    public void EmptyList(string element, string scopeName, string reason) =>
        _checks.Add(new ElementCheck(element, scopeName, SelectorHealth.NotChecked, 0, reason));

    /// <summary>Records elements that could not be looked for, because their scope is missing.</summary>
    public void NotChecked(string scopeName, string reason, params string[] elements) =>
        _checks.AddRange(elements.Select(e => new ElementCheck(e, scopeName, SelectorHealth.NotChecked, 0, reason)));

    private void Record(string element, int index, string scopeName, string? missingNote) =>
        _checks.Add(index >= 0
            ? new ElementCheck(element, scopeName, index > 0 ? SelectorHealth.Fallback : SelectorHealth.Primary, index + 1) { Matched = page.Catalog[element][index].ToString() }
            : new ElementCheck(element, scopeName, SelectorHealth.Missing, 0, missingNote));

    /// <summary>Gets what was checked.</summary>
    public PageCheck Result => new(name, path, [.. _checks]);
}
