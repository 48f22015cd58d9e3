namespace LinkedInAuto.Pages.States;

/// <summary>What was observed on a page, read in one pass so classification is a pure function of it.</summary>
public sealed record PageSignals
{
    /// <summary>Gets the page URL after redirects.</summary>
    public required Uri Url { get; init; }

    /// <summary>Gets the HTTP status of the main document, when a navigation produced one.</summary>
    public int? HttpStatus { get; init; }

    /// <summary>Gets the navigation error text (e.g. `net::ERR_TOO_MANY_REDIRECTS`), when navigation failed.</summary>
    public string? NavigationError { get; init; }

    /// <summary>Gets a value indicating whether the top navigation is present.</summary>
    public bool HasNav { get; init; }

    /// <summary>Gets a value indicating whether the "Me" photo or menu is present.</summary>
    public bool HasMe { get; init; }

    /// <summary>Gets a value indicating whether a `main` element is present.</summary>
    public bool HasMain { get; init; }

    /// <summary>Gets the body's visible text, normalised and cut to a few thousand characters.</summary>
    public string BodyText { get; init; } = string.Empty;

    /// <summary>Gets the body's full visible text length.</summary>
    public int BodyTextLength { get; init; }

    /// <summary>Gets the normalised text of the `h1` elements.</summary>
    public string Heading { get; init; } = string.Empty;

    /// <summary>Gets a value indicating whether a captcha is shown.</summary>
    public bool HasCaptcha { get; init; }

    /// <summary>Gets a value indicating whether a verification PIN input is shown.</summary>
    public bool HasPin { get; init; }

    /// <summary>Gets a value indicating whether a login form (username and password) is shown.</summary>
    public bool HasLoginForm { get; init; }

    /// <summary>Gets a value indicating whether the weekly invitation limit dialog is shown.</summary>
    public bool HasWeeklyLimit { get; init; }

    /// <summary>Gets a value indicating whether an error toast is shown.</summary>
    public bool HasErrorToast { get; init; }

    /// <summary>Gets a value indicating whether the monthly search-limit promo is shown.</summary>
    public bool HasSearchLimit { get; init; }

    /// <summary>Gets a value indicating whether the benign "growing your network" popup is shown.</summary>
    public bool HasBenignPopup { get; init; }

    /// <summary>Gets a value indicating whether a modal dialog is shown (any, including the known ones above).</summary>
    public bool HasDialog { get; init; }

    /// <summary>Gets the page's `html[lang]` language (`fr`, `en`), or null.</summary>
    public string? Language { get; init; }
}
