namespace LinkedInAuto.Configuration;

/// <summary>Where LinkedIn is reached and in which language the account's pages are rendered.</summary>
public sealed class LinkedInOptions : IValidatableConfig
{
    /// <summary>Gets or sets the site's base URL; only tests and the demo change it (to the local fake LinkedIn).</summary>
    public Uri BaseUrl { get; set; } = new("https://www.linkedin.com");

    /// <summary>Gets or sets the account's UI language; `auto` reads it from each page's `html[lang]`.</summary>
    public UiLanguage Language { get; set; } = UiLanguage.Auto;

    /// <inheritdoc/>
    public void Validate(ConfigValidationContext context)
    {
        if (BaseUrl.AbsolutePath != "/" || !string.IsNullOrEmpty(BaseUrl.Query))
        {
            context.Error("base_url", $"'{BaseUrl}' is not valid: expected a site root such as https://www.linkedin.com (no path)");
        }
    }
}

/// <summary>The UI language of the LinkedIn account.</summary>
public enum UiLanguage
{
    /// <summary>Read from the page.</summary>
    Auto,

    /// <summary>French.</summary>
    Fr,

    /// <summary>English.</summary>
    En,
}
