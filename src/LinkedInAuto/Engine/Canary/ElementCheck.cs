namespace LinkedInAuto.Engine.Canary;

/// <summary>How an element's selectors fared on the live page.</summary>
public enum SelectorHealth
{
    /// <summary>The first alternative matched.</summary>
    Primary,

    /// <summary>Only a later alternative matched: LinkedIn probably changed something; update selectors.yaml soon.</summary>
    Fallback,

    /// <summary>No alternative matched: the bots that need this element cannot work.</summary>
    Missing,

    /// <summary>Not looked for, because its scope (a card, the top card) was not there.</summary>
    NotChecked,
}

/// <summary>One element looked for in its scope.</summary>
/// <param name="Element">The element's name in selectors.yaml.</param>
/// <param name="Scope">Where it was looked for ("page", "first card", "top card"…).</param>
/// <param name="Health">What was found.</param>
/// <param name="Alternative">The 1-based number of the alternative that matched; 0 when none did.</param>
/// <param name="Note">Why it was not checked, or what a missing element may mean.</param>
public sealed record ElementCheck(string Element, string Scope, SelectorHealth Health, int Alternative, string? Note = null)
{
    /// <summary>Gets the alternative that matched, as written in selectors.yaml (CSS and conditions); null when none did.</summary>
    public string? Matched { get; init; }
}
