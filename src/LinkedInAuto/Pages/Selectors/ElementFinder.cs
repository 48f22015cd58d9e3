using System.Diagnostics;
using LinkedInAuto.Pages.Text;
using Microsoft.Playwright;

namespace LinkedInAuto.Pages.Selectors;

/// <summary>Finds elements by trying their selectors.yaml alternatives one at a time inside a scope (docs/linkedin-pages.md §5 rules 2–6).</summary>
/// <remarks>
/// Alternatives are tried in order and the first that yields a match wins: a comma-joined CSS selector would return
/// matches in DOM order, not priority order. Every search is scoped (a card, a bubble, the top card) so side rails and
/// other bubbles are never hit. Structural alternatives (`has`) keep the innermost candidates that contain every named
/// element, each found with its own alternatives (src/LinkedInAuto/Pages/README.md).
/// </remarks>
public sealed class ElementFinder(SelectorCatalog catalog, ISelectorStatistics statistics)
{
    private static readonly TimeSpan s_poll = TimeSpan.FromMilliseconds(250);

    /// <summary>Gets the catalog in use.</summary>
    public SelectorCatalog Catalog => catalog;

    /// <summary>Finds every match of <paramref name="element"/> inside <paramref name="scope"/> with the first alternative that matches.</summary>
    public async Task<ElementMatch> FindAsync(ILocator scope, string element, string? language, bool visibleOnly = true)
    {
        var alternatives = catalog[element];
        for (var i = 0; i < alternatives.Count; i++)
        {
            var matches = await MatchAsync(scope, alternatives[i], language, visibleOnly, reading: false);
            if (matches.Count > 0)
            {
                statistics.Record(element, i);
                return new ElementMatch(element, i, [.. matches.Select(m => m.Locator)]);
            }
        }

        statistics.Record(element, -1);
        return ElementMatch.None(element);
    }

    /// <summary>Reads the value of <paramref name="element"/> (a name, a time): the first alternative, in order, whose match yields one.</summary>
    /// <remarks>
    /// The value is what a pattern reads (`label_pattern`, `alt_pattern`), else the first line of the visible text. A
    /// match without a value (a photo link has no text) passes on to the next match, then to the next alternative.
    /// </remarks>
    public async Task<ElementText> ReadAsync(ILocator scope, string element, string? language)
    {
        var alternatives = catalog[element];
        for (var i = 0; i < alternatives.Count; i++)
        {
            foreach (var match in await MatchAsync(scope, alternatives[i], language, visibleOnly: false, reading: true))
            {
                if (ValueOf(alternatives[i], match.Description, language) is { } value)
                {
                    statistics.Record(element, i);
                    return new ElementText(element, i, value);
                }
            }
        }

        statistics.Record(element, -1);
        return ElementText.None(element);
    }

    /// <summary>Waits until <paramref name="element"/> is found, up to <paramref name="timeout"/>; an empty match after it.</summary>
    public async Task<ElementMatch> WaitForAsync(ILocator scope, string element, string? language, TimeSpan timeout)
    {
        var alternatives = catalog[element];
        var any = alternatives.Skip(1).Aggregate(scope.Locator(alternatives[0].Css), (l, a) => l.Or(scope.Locator(a.Css)));
        var started = Stopwatch.GetTimestamp();
        try
        {
            await any.First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = (float)timeout.TotalMilliseconds });
        }
        catch (TimeoutException)
        {
            statistics.Record(element, -1);
            return ElementMatch.None(element);
        }

        // Some CSS matched; label, text and structure conditions may need the page to finish rendering.
        while (true)
        {
            var match = await FindAsync(scope, element, language);
            if (match.Found || Stopwatch.GetElapsedTime(started) + s_poll >= timeout)
            {
                return match;
            }

            await Task.Delay(s_poll);
        }
    }

    /// <summary>Finds exactly one visible, enabled target; zero or several is a stop signal (§5 rule 4).</summary>
    /// <exception cref="ElementNotFoundException">None, or more than one, visible and enabled match.</exception>
    public async Task<ILocator> FindOneAsync(ILocator scope, string element, string? language)
    {
        var match = await FindAsync(scope, element, language);
        var enabled = new List<ILocator>();
        foreach (var candidate in match.Matches)
        {
            if (await candidate.IsEnabledAsync())
            {
                enabled.Add(candidate);
            }
        }

        return enabled.Count == 1
            ? enabled[0]
            : throw new ElementNotFoundException(element, enabled.Count, catalog[element]);
    }

    private static string? ValueOf(SelectorAlternative alternative, CandidateDescription description, string? language) =>
        alternative.LabelPattern is { } labels ? NamePattern.Read(labels.For(language), description.Label)
        : alternative.AltPattern is { } alts ? NamePattern.Read(alts.For(language), description.Alt)
        : NamePattern.Plausible(description.Text);

    // The candidates of one alternative that satisfy its conditions, in DOM order.
    private async Task<List<(ILocator Locator, CandidateDescription Description)>> MatchAsync(
        ILocator scope, SelectorAlternative alternative, string? language, bool visibleOnly, bool reading)
    {
        var locator = scope.Locator(alternative.Css);
        var inner = (alternative.Has ?? []).Select(h => catalog[h]).ToList();
        var innerAlternatives = inner.SelectMany(a => a).ToList();
        var candidates = await CandidateScript.DescribeAsync(
            locator, alternative.NeedsText || reading, [.. innerAlternatives.Select(a => a.Css)], innerAlternatives.Any(a => a.NeedsText));
        var ok = candidates.Select(c => (!visibleOnly || c.Description.Visible) && TextMatcher.Matches(alternative, c.Description, language)
            && ContainsAll(inner, c.Inner, language)).ToArray();
        if (alternative.KeepsInnermost)
        {
            DropAncestors(candidates, ok);
        }

        return [.. Enumerable.Range(0, candidates.Count).Where(i => ok[i]).Select(i => (locator.Nth(i), candidates[i].Description))];
    }

    // Each named element must be found among the candidate's descendants by one of its own alternatives.
    private static bool ContainsAll(List<IReadOnlyList<SelectorAlternative>> inner, IReadOnlyList<IReadOnlyList<CandidateDescription>> descendants, string? language)
    {
        var offset = 0;
        foreach (var alternatives in inner)
        {
            var found = false;
            for (var k = 0; k < alternatives.Count; k++)
            {
                found |= descendants[offset + k].Any(d => TextMatcher.Matches(alternatives[k], d, language));
            }

            if (!found)
            {
                return false;
            }

            offset += alternatives.Count;
        }

        return true;
    }

    // A candidate that contains another matching candidate is a wrapper (the list, a section), not the entry itself.
    private static void DropAncestors(IReadOnlyList<Candidate> candidates, bool[] ok)
    {
        var wraps = new bool[ok.Length];
        for (var i = 0; i < ok.Length; i++)
        {
            for (var p = ok[i] ? candidates[i].Parent : -1; p >= 0 && !wraps[p]; p = candidates[p].Parent)
            {
                wraps[p] = true;
            }
        }

        for (var i = 0; i < ok.Length; i++)
        {
            ok[i] &= !wraps[i];
        }
    }

    /// <summary>Label, name and text conditions after normalisation.</summary>
    internal static class TextMatcher
    {
        /// <summary>Gets a value indicating whether a candidate's label and text satisfy the alternative.</summary>
        public static bool Matches(SelectorAlternative alternative, string label, string text, string? language) =>
            Matches(alternative, new CandidateDescription(label, text, true, true, label.Length > 0 ? label : text.Trim(), string.Empty), language);

        /// <summary>Gets a value indicating whether a described candidate satisfies the alternative's conditions.</summary>
        public static bool Matches(SelectorAlternative alternative, CandidateDescription candidate, string? language)
        {
            var label = PageText.Normalize(candidate.Label);
            var text = PageText.Normalize(candidate.Text);
            var name = PageText.Normalize(candidate.Name);
            return Check(alternative.LabelIs, language, s => label == s)
                && Check(alternative.LabelStarts, language, s => label.StartsWith(s, StringComparison.Ordinal))
                && Check(alternative.NameIs, language, s => name == s)
                && Check(alternative.NameStarts, language, s => name.StartsWith(s, StringComparison.Ordinal))
                && Check(alternative.TextIs, language, s => text == s)
                && Check(alternative.TextStarts, language, s => text.StartsWith(s, StringComparison.Ordinal))
                && Check(alternative.TextContains, language, s => PageText.ContainsWord(text, s))
                && (alternative.LabelPattern is not { } labels || NamePattern.Read(labels.For(language), candidate.Label) is not null)
                && (alternative.AltPattern is not { } alts || NamePattern.Read(alts.For(language), candidate.Alt) is not null);
        }

        private static bool Check(LocalizedTexts? texts, string? language, Func<string, bool> predicate) =>
            texts is null || texts.For(language).Select(PageText.Normalize).Any(predicate);
    }
}
