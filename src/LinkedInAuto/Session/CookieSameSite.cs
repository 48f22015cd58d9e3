namespace LinkedInAuto.Session;

/// <summary>A cookie's SameSite attribute; <see cref="Unspecified"/> lets the browser apply its default (Lax in Chromium).</summary>
public enum CookieSameSite
{
    /// <summary>Not set by the site or not recorded by the export.</summary>
    Unspecified,

    /// <summary>Sent on top-level navigations from other sites.</summary>
    Lax,

    /// <summary>Sent only to the same site.</summary>
    Strict,

    /// <summary>Sent everywhere; browsers require <c>Secure</c> with it.</summary>
    None,
}
