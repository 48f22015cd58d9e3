namespace LinkedInAuto.Session;

/// <summary>Presents LinkedIn's cookies to the site the config points at, and brings the browser's cookies back.</summary>
/// <remarks>
/// Product decision: against a <c>*.linkedin.com</c> base URL the cookies are used exactly as imported. Against any
/// other base URL (the local fake LinkedIn of tests and the demo, <c>http://127.0.0.1:PORT</c>) every linkedin.com
/// cookie is re-targeted to that host, keeping name, value, path and expiry: the domain becomes the base URL's host
/// (host-only — an IP address cannot carry a domain cookie), and on http <c>Secure</c> is dropped (the browser would
/// never send it) with <c>SameSite=None</c> lowered to Lax (Chromium rejects None without Secure). So one imported
/// session works unchanged against both, and the real cookies never leave for a host that is not LinkedIn's unless
/// the operator pointed <c>linkedin.base_url</c> there.
/// </remarks>
public static class SessionCookieMapper
{
    /// <summary>Returns whether <paramref name="baseUrl"/> is LinkedIn itself.</summary>
    public static bool IsLinkedIn(Uri baseUrl) => SessionValidator.IsLinkedInDomain(baseUrl.Host);

    /// <summary>Returns the cookies to put in the browser for <paramref name="baseUrl"/>.</summary>
    public static IReadOnlyList<SessionCookie> ForBaseUrl(IReadOnlyList<SessionCookie> cookies, Uri baseUrl)
    {
        var linkedIn = cookies.Where(c => SessionValidator.IsLinkedInDomain(c.Domain));
        if (IsLinkedIn(baseUrl))
        {
            return linkedIn.ToList();
        }

        var https = baseUrl.Scheme == Uri.UriSchemeHttps;
        var host = baseUrl.IdnHost;

        // Two cookies of the same name and path on different LinkedIn domains (.linkedin.com, .www.linkedin.com)
        // would collide on the one host: keep the more specific domain, the one the real site would send first.
        return linkedIn
            .OrderByDescending(c => c.Host.Length)
            .DistinctBy(c => (c.Name, c.Path))
            .Select(c => c with
            {
                Domain = host,
                Secure = c.Secure && https,
                SameSite = !https && c.SameSite == CookieSameSite.None ? CookieSameSite.Lax : c.SameSite,
            })
            .ToList();
    }

    /// <summary>Returns the browser's cookies after a run, as LinkedIn cookies to save.</summary>
    /// <remarks>
    /// For a non-LinkedIn base URL, the cookies of its host go back to <c>.linkedin.com</c> with <c>Secure</c>, which
    /// <see cref="ForBaseUrl"/> maps to the same browser cookies again; cookies of other hosts are left out.
    /// </remarks>
    public static IReadOnlyList<SessionCookie> FromBaseUrl(IReadOnlyList<SessionCookie> browserCookies, Uri baseUrl)
    {
        if (IsLinkedIn(baseUrl))
        {
            return browserCookies.Where(c => SessionValidator.IsLinkedInDomain(c.Domain)).ToList();
        }

        var host = baseUrl.IdnHost;
        return browserCookies
            .Where(c => c.Host.Equals(host, StringComparison.OrdinalIgnoreCase))
            .Select(c => c with { Domain = ".linkedin.com", Secure = true })
            .ToList();
    }
}
