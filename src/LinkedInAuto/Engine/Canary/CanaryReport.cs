using System.Text.Json.Serialization;
using LinkedInAuto.Pages.States;

namespace LinkedInAuto.Engine.Canary;

/// <summary>One page the canary opened, and what it found there.</summary>
/// <param name="Page">The page type ("feed", "birthdays"…).</param>
/// <param name="Path">The path and query opened.</param>
/// <param name="Elements">The elements looked for, in order.</param>
public sealed record PageCheck(string Page, string Path, IReadOnlyList<ElementCheck> Elements);

/// <summary>The result of a canary run: the pages checked, and the page state that stopped it, if any.</summary>
/// <param name="Pages">The pages checked, in order (the page that stopped the run is not among them).</param>
/// <param name="StoppedOn">The page type the run stopped on; null when it ran to the end.</param>
/// <param name="Stop">The state of that page; null when it ran to the end.</param>
public sealed record CanaryReport(IReadOnlyList<PageCheck> Pages, string? StoppedOn, PageClassification? Stop)
{
    /// <summary>Gets the selectors file the run used.</summary>
    public string? SelectorsFile { get; init; }

    /// <summary>Gets every element no alternative matched, with its page.</summary>
    [JsonIgnore]
    public IReadOnlyList<(string Page, ElementCheck Check)> Missing =>
        [.. Pages.SelectMany(p => p.Elements.Where(e => e.Health == SelectorHealth.Missing).Select(e => (p.Page, e)))];

    /// <summary>Gets a value indicating whether every page was checked and every element found.</summary>
    public bool Ok => Stop is null && Missing.Count == 0;
}
