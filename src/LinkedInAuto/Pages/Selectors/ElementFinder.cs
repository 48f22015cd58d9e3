using LinkedInAuto.Pages.Text;
using Microsoft.Playwright;

namespace LinkedInAuto.Pages.Selectors;

/// <summary>Finds elements by trying their selectors.yaml alternatives one at a time inside a scope (linkedin-pages.md §5 rules 2–6).</summary>
/// <remarks>
/// Alternatives are tried in order and the first that yields a match wins: a comma-joined CSS selector would
/// return matches in DOM order, not priority order. Every search is scoped (a card, a bubble, the top card) so
/// side rails and other bubbles are never hit.
/// </remarks>
public sealed class ElementFinder(SelectorCatalog catalog, ISelectorStatistics statistics)
{
    // One round trip per alternative: label, text, visibility and enabled state of every candidate. The text is read
    // only when a condition needs it: innerText lays out the element, and `main` or a card list is a whole page of it.
    private const string DescribeScript = """
        (els, withText) => els.slice(0, 200).map(e => {
            const style = getComputedStyle(e);
            const visible = !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length)
                && style.visibility !== 'hidden' && style.display !== 'none';
            const enabled = !e.disabled && e.getAttribute('aria-disabled') !== 'true';
            return [e.getAttribute('aria-label') || '', withText ? (e.innerText || e.textContent || '') : '', visible ? '1' : '', enabled ? '1' : ''];
        })
        """;

    /// <summary>Gets the catalog in use.</summary>
    public SelectorCatalog Catalog => catalog;

    /// <summary>Finds every match of <paramref name="element"/> inside <paramref name="scope"/> with the first alternative that matches.</summary>
    public async Task<ElementMatch> FindAsync(ILocator scope, string element, string? language, bool visibleOnly = true)
    {
        var alternatives = catalog[element];
        for (var i = 0; i < alternatives.Count; i++)
        {
            var locator = scope.Locator(alternatives[i].Css);
            var withText = alternatives[i].TextIs is not null || alternatives[i].TextStarts is not null || alternatives[i].TextContains is not null;
            var described = await DescribeAsync(locator, withText);
            var matches = new List<ILocator>();
            for (var j = 0; j < described.Length; j++)
            {
                var (label, text, visible) = (described[j][0], described[j][1], described[j][2].Length > 0);
                if ((!visibleOnly || visible) && TextMatcher.Matches(alternatives[i], label, text, language))
                {
                    matches.Add(locator.Nth(j));
                }
            }

            if (matches.Count > 0)
            {
                statistics.Record(element, i);
                return new ElementMatch(element, i, matches);
            }
        }

        statistics.Record(element, -1);
        return ElementMatch.None(element);
    }

    // LinkedIn is a single-page app that may also navigate on its own (e.g. to a checkpoint after an API call): a page
    // replaced mid-read is read again once the new document is there, so the caller classifies the page it is really on.
    private static async Task<string[][]> DescribeAsync(ILocator locator, bool withText)
    {
        try
        {
            return await locator.EvaluateAllAsync<string[][]>(DescribeScript, withText);
        }
        catch (PlaywrightException ex) when (ex.Message.Contains("Execution context was destroyed", StringComparison.Ordinal)
            || ex.Message.Contains("navigation", StringComparison.OrdinalIgnoreCase))
        {
            await locator.Page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
            return await locator.EvaluateAllAsync<string[][]>(DescribeScript, withText);
        }
    }

    /// <summary>Waits until <paramref name="element"/> appears (any alternative's CSS), then finds it; an empty match after the timeout.</summary>
    public async Task<ElementMatch> WaitForAsync(ILocator scope, string element, string? language, TimeSpan timeout)
    {
        var alternatives = catalog[element];
        var any = alternatives.Skip(1).Aggregate(scope.Locator(alternatives[0].Css), (l, a) => l.Or(scope.Locator(a.Css)));
        try
        {
            await any.First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = (float)timeout.TotalMilliseconds });
        }
        catch (TimeoutException)
        {
            statistics.Record(element, -1);
            return ElementMatch.None(element);
        }

        return await FindAsync(scope, element, language);
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

    /// <summary>Label and text conditions after normalisation.</summary>
    internal static class TextMatcher
    {
        /// <summary>Gets a value indicating whether a candidate's label and text satisfy the alternative.</summary>
        public static bool Matches(SelectorAlternative alternative, string label, string text, string? language)
        {
            var normalizedLabel = PageText.Normalize(label);
            var normalizedText = PageText.Normalize(text);
            return Check(alternative.LabelIs, language, s => normalizedLabel == s)
                && Check(alternative.LabelStarts, language, s => normalizedLabel.StartsWith(s, StringComparison.Ordinal))
                && Check(alternative.TextIs, language, s => normalizedText == s)
                && Check(alternative.TextStarts, language, s => normalizedText.StartsWith(s, StringComparison.Ordinal))
                && Check(alternative.TextContains, language, s => PageText.ContainsWord(normalizedText, s));
        }

        private static bool Check(LocalizedTexts? texts, string? language, Func<string, bool> predicate) =>
            texts is null || texts.For(language).Select(PageText.Normalize).Any(predicate);
    }
}

/// <summary>An element the bots need is missing or ambiguous: the step stops rather than guess.</summary>
public sealed class ElementNotFoundException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ElementNotFoundException"/> class.</summary>
    public ElementNotFoundException(string element, int count, IReadOnlyList<SelectorAlternative> tried)
        : base($"'{element}': expected exactly one visible, enabled match, found {count} (tried: {string.Join(" | ", tried)})")
    {
        Element = element;
        Count = count;
    }

    /// <summary>Initializes a new instance of the <see cref="ElementNotFoundException"/> class.</summary>
    public ElementNotFoundException()
    {
        Element = string.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="ElementNotFoundException"/> class.</summary>
    public ElementNotFoundException(string message)
        : base(message)
    {
        Element = string.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="ElementNotFoundException"/> class.</summary>
    public ElementNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        Element = string.Empty;
    }

    /// <summary>Gets the element's name.</summary>
    public string Element { get; }

    /// <summary>Gets how many visible, enabled matches there were.</summary>
    public int Count { get; }
}
