using LinkedInAuto.Configuration;

namespace LinkedInAuto.Pages.Selectors;

/// <summary>One way of finding an element: a CSS selector, optionally narrowed by its accessible label or visible text in FR/EN.</summary>
/// <remarks>
/// Label and text conditions are checked in .NET after linkedin-pages.md §4.1 normalisation (curly apostrophes,
/// no-break spaces), on whole labels or prefixes: "Connect" never matches "Connected" (§5 rule 6).
/// </remarks>
public sealed class SelectorAlternative : IValidatableConfig
{
    /// <summary>Gets or sets the CSS selector, evaluated inside the element's scope (its card, bubble or the page).</summary>
    public string Css { get; set; } = string.Empty;

    /// <summary>Gets or sets whole `aria-label` values accepted.</summary>
    public LocalizedTexts? LabelIs { get; set; }

    /// <summary>Gets or sets `aria-label` prefixes accepted (labels that continue with a name).</summary>
    public LocalizedTexts? LabelStarts { get; set; }

    /// <summary>Gets or sets whole visible texts accepted.</summary>
    public LocalizedTexts? TextIs { get; set; }

    /// <summary>Gets or sets visible-text prefixes accepted.</summary>
    public LocalizedTexts? TextStarts { get; set; }

    /// <summary>Gets or sets visible-text fragments accepted (word-bounded), for banners and dialogs.</summary>
    public LocalizedTexts? TextContains { get; set; }

    /// <summary>Gets a value indicating whether the alternative needs a label or text check beyond its CSS.</summary>
    public bool HasTextCondition => LabelIs is not null || LabelStarts is not null || TextIs is not null || TextStarts is not null || TextContains is not null;

    /// <inheritdoc/>
    public void Validate(ConfigValidationContext context)
    {
        if (string.IsNullOrWhiteSpace(Css))
        {
            context.Error("css", "missing: expected a CSS selector (use `*` with a text condition to match any element)");
        }
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        var condition = LabelIs is not null ? " [label is]" : LabelStarts is not null ? " [label starts]" : TextIs is not null ? " [text is]"
            : TextStarts is not null ? " [text starts]" : TextContains is not null ? " [text contains]" : string.Empty;
        return Css + condition;
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
