using LinkedInAuto.Configuration;

namespace LinkedInAuto.Pages.Selectors;

/// <summary>One way of finding an element: a CSS selector, optionally narrowed by its label, accessible name, visible text or content.</summary>
/// <remarks>
/// Label and text conditions are checked in .NET after docs/linkedin-pages.md §4.1 normalisation (curly apostrophes,
/// no-break spaces), on whole labels or prefixes: "Connect" never matches "Connected" (§5 rule 6). Structural
/// alternatives (`has`) describe an element by what it holds, e.g. "the list entry that contains the Withdraw button";
/// the strategy is described in src/LinkedInAuto/Pages/README.md.
/// </remarks>
public sealed class SelectorAlternative : IValidatableConfig
{
    /// <summary>The placeholder marking the person's name in a pattern.</summary>
    public const string NamePlaceholder = "{name}";

    /// <summary>Gets or sets the CSS selector, evaluated inside the element's scope (its card, bubble or the page).</summary>
    public string Css { get; set; } = string.Empty;

    /// <summary>Gets or sets whole `aria-label` values accepted.</summary>
    public LocalizedTexts? LabelIs { get; set; }

    /// <summary>Gets or sets `aria-label` prefixes accepted (labels that continue with a name).</summary>
    public LocalizedTexts? LabelStarts { get; set; }

    /// <summary>Gets or sets `aria-label` patterns naming a person ("Withdraw invitation sent to {name}"); the name is the element's value.</summary>
    public LocalizedTexts? LabelPattern { get; set; }

    /// <summary>Gets or sets image `alt` patterns naming a person ("Photo of {name}", "{name}"); the name is the element's value.</summary>
    public LocalizedTexts? AltPattern { get; set; }

    /// <summary>Gets or sets whole accessible names accepted (`aria-labelledby`, else `aria-label`, else visible text, else `alt`/`title`).</summary>
    public LocalizedTexts? NameIs { get; set; }

    /// <summary>Gets or sets accessible-name prefixes accepted: a control found by what it is called, however it is labelled.</summary>
    public LocalizedTexts? NameStarts { get; set; }

    /// <summary>Gets or sets whole visible texts accepted.</summary>
    public LocalizedTexts? TextIs { get; set; }

    /// <summary>Gets or sets visible-text prefixes accepted.</summary>
    public LocalizedTexts? TextStarts { get; set; }

    /// <summary>Gets or sets visible-text fragments accepted (word-bounded), for banners and dialogs.</summary>
    public LocalizedTexts? TextContains { get; set; }

    /// <summary>Gets or sets the elements (by name) a candidate must contain, each found with its own alternatives: a list entry is the one holding its action control.</summary>
    public List<string>? Has { get; set; }

    /// <summary>Gets or sets a value indicating whether only the innermost candidates count (always so with <see cref="Has"/>).</summary>
    public bool Innermost { get; set; }

    /// <summary>Gets a value indicating whether the alternative needs the candidates' visible text.</summary>
    public bool NeedsText => TextIs is not null || TextStarts is not null || TextContains is not null || NameIs is not null || NameStarts is not null;

    /// <summary>Gets a value indicating whether only innermost candidates are kept.</summary>
    public bool KeepsInnermost => Innermost || Has is { Count: > 0 };

    /// <inheritdoc/>
    public void Validate(ConfigValidationContext context)
    {
        if (string.IsNullOrWhiteSpace(Css))
        {
            context.Error("css", "missing: expected a CSS selector (use `*` with a text condition to match any element)");
        }

        CheckPattern(context, "label_pattern", LabelPattern);
        CheckPattern(context, "alt_pattern", AltPattern);
        if (Has is { } has && has.Any(string.IsNullOrWhiteSpace))
        {
            context.Error("has", "empty element name: expected names of other elements of this file");
        }
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        var conditions = new List<string>();
        Describe(conditions, "label is", LabelIs);
        Describe(conditions, "label starts", LabelStarts);
        Describe(conditions, "label reads", LabelPattern);
        Describe(conditions, "alt reads", AltPattern);
        Describe(conditions, "name is", NameIs);
        Describe(conditions, "name starts", NameStarts);
        Describe(conditions, "text is", TextIs);
        Describe(conditions, "text starts", TextStarts);
        Describe(conditions, "text contains", TextContains);
        var text = Css + (conditions.Count > 0 ? " [" + string.Join("; ", conditions) + "]" : string.Empty);
        if (Has is { Count: > 0 })
        {
            text += " containing " + string.Join(" + ", Has);
        }
        else if (Innermost)
        {
            text += " (innermost)";
        }

        return text;
    }

    private static void Describe(List<string> conditions, string what, LocalizedTexts? texts)
    {
        if (texts?.For(null).FirstOrDefault() is { } first)
        {
            conditions.Add($"{what} \"{first}\"");
        }
    }

    private static void CheckPattern(ConfigValidationContext context, string key, LocalizedTexts? patterns)
    {
        foreach (var pattern in patterns?.For(null) ?? [])
        {
            var at = pattern.IndexOf(NamePlaceholder, StringComparison.Ordinal);
            if (at < 0 || pattern.IndexOf(NamePlaceholder, at + 1, StringComparison.Ordinal) >= 0)
            {
                context.Error(key, $"'{pattern}': expected exactly one {NamePlaceholder} where the person's name is");
            }
        }
    }
}

/// <summary>The same UI string in English and French (LinkedIn renders the account's language).</summary>
public sealed class LocalizedTexts
{
    /// <summary>Gets or sets the English forms.</summary>
    public List<string> En { get; set; } = [];

    /// <summary>Gets or sets the French forms.</summary>
    public List<string> Fr { get; set; } = [];

    /// <summary>Gets the forms for a page language (`en`, `fr`), or both when unknown.</summary>
    public IEnumerable<string> For(string? language) => language switch
    {
        "en" => En,
        "fr" => Fr,
        _ => En.Concat(Fr),
    };
}
