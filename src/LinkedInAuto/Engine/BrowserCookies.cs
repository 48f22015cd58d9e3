using LinkedInAuto.Session;
using Microsoft.Playwright;

namespace LinkedInAuto.Engine;

/// <summary>Converts the saved session's cookies to Playwright's and back.</summary>
internal static class BrowserCookies
{
    /// <summary>Converts saved cookies for <c>BrowserContext.AddCookiesAsync</c>.</summary>
    public static IEnumerable<Cookie> ToPlaywright(IEnumerable<SessionCookie> cookies) => cookies.Select(c => new Cookie
    {
        Name = c.Name,
        Value = c.Value,
        Domain = c.Domain,
        Path = c.Path,
        Expires = c.Expires is { } expires ? expires.ToUnixTimeSeconds() : -1,
        HttpOnly = c.HttpOnly,
        Secure = c.Secure,
        SameSite = c.SameSite switch
        {
            CookieSameSite.Strict => SameSiteAttribute.Strict,
            CookieSameSite.None => SameSiteAttribute.None,
            _ => SameSiteAttribute.Lax,
        },
    });

    /// <summary>Converts the context's cookies for saving.</summary>
    public static IReadOnlyList<SessionCookie> FromPlaywright(IEnumerable<BrowserContextCookiesResult> cookies) => cookies.Select(c => new SessionCookie(
        c.Name,
        c.Value,
        c.Domain,
        c.Path,
        c.Expires > 0 ? DateTimeOffset.FromUnixTimeMilliseconds((long)(c.Expires * 1000)) : null,
        c.HttpOnly,
        c.Secure,
        c.SameSite switch
        {
            SameSiteAttribute.Strict => CookieSameSite.Strict,
            SameSiteAttribute.None => CookieSameSite.None,
            _ => CookieSameSite.Lax,
        })).ToList();
}
