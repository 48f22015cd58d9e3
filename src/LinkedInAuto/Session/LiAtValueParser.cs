namespace LinkedInAuto.Session;

/// <summary>Turns a bare <c>li_at</c> value (from <c>auth import --li-at</c>) into the cookie LinkedIn sets.</summary>
/// <remarks>
/// The cookie gets LinkedIn's attributes (<c>.www.linkedin.com</c>, <c>/</c>, Secure, HttpOnly, SameSite=None). Its
/// expiry is unknown, so it is stored as a session cookie and <c>auth status</c> says so. A pasted <c>li_at=VALUE</c>
/// is accepted too; surrounding whitespace and quotes (a trailing newline from stdin, shell quoting) are removed.
/// </remarks>
public static class LiAtValueParser
{
    /// <summary>The domain LinkedIn sets <c>li_at</c> on.</summary>
    public const string Domain = ".www.linkedin.com";

    /// <summary>Parses <paramref name="value"/>; validation of the value itself is left to <see cref="SessionValidator"/>.</summary>
    public static IReadOnlyList<ParsedCookie> Parse(string value)
    {
        var text = value.Trim();
        if (text.StartsWith(SessionCookie.LiAt + "=", StringComparison.Ordinal))
        {
            text = text[(SessionCookie.LiAt.Length + 1)..];
        }

        text = text.Trim().Trim('"');
        var cookie = new SessionCookie(SessionCookie.LiAt, text, Domain, "/", null, HttpOnly: true, Secure: true, CookieSameSite.None);
        return [new ParsedCookie(cookie, string.Empty)];
    }
}
