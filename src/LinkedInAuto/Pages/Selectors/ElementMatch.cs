using Microsoft.Playwright;

namespace LinkedInAuto.Pages.Selectors;

/// <summary>What the finder found for one element: which alternative matched and the matching elements.</summary>
/// <param name="Element">The element's name in selectors.yaml.</param>
/// <param name="AlternativeIndex">The 0-based index of the alternative that matched; -1 when none did.</param>
/// <param name="Matches">The matching elements, visible ones only when visibility was required.</param>
public sealed record ElementMatch(string Element, int AlternativeIndex, IReadOnlyList<ILocator> Matches)
{
    /// <summary>Gets a value indicating whether anything matched.</summary>
    public bool Found => Matches.Count > 0;

    /// <summary>Gets a value indicating whether only a fallback (not the first alternative) matched: a warning sign of a LinkedIn change.</summary>
    public bool IsFallback => AlternativeIndex > 0;

    /// <summary>Creates the result of a search that found nothing.</summary>
    public static ElementMatch None(string element) => new(element, -1, []);
}

/// <summary>What the finder read for one element (a name, a time): which alternative yielded it, and the value.</summary>
/// <param name="Element">The element's name in selectors.yaml.</param>
/// <param name="AlternativeIndex">The 0-based index of the alternative that yielded the value; -1 when none did.</param>
/// <param name="Value">The value read; empty when none.</param>
public sealed record ElementText(string Element, int AlternativeIndex, string Value)
{
    /// <summary>Gets a value indicating whether a value was read.</summary>
    public bool Found => AlternativeIndex >= 0;

    /// <summary>Creates the result of a read that found nothing.</summary>
    public static ElementText None(string element) => new(element, -1, string.Empty);
}

/// <summary>Records which alternative matched, so a LinkedIn change shows up in statistics before it breaks a run.</summary>
/// <remarks>Implementations must accept concurrent calls: the page-state reader looks elements up in parallel.</remarks>
public interface ISelectorStatistics
{
    /// <summary>Records a search for <paramref name="element"/>: the alternative index that matched, or -1.</summary>
    void Record(string element, int alternativeIndex);
}

/// <summary>Statistics that go nowhere (CLI probes and tests).</summary>
public sealed class NoSelectorStatistics : ISelectorStatistics
{
    /// <inheritdoc/>
    public void Record(string element, int alternativeIndex)
    {
    }
}
