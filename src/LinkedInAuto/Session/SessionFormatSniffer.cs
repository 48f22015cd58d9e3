namespace LinkedInAuto.Session;

/// <summary>Recognises the format of a cookie export from its first meaningful characters.</summary>
public static class SessionFormatSniffer
{
    /// <summary>Returns the format of <paramref name="source"/>.</summary>
    /// <remarks>
    /// A JSON object is a Playwright storage state, a JSON array a Cookie-Editor/EditThisCookie export; text whose
    /// first non-comment line has tabs, or that starts with a Netscape header or <c>#HttpOnly_</c>, is a cookies.txt.
    /// </remarks>
    /// <exception cref="InvalidSessionException">None of the formats fits.</exception>
    public static SessionFormat Detect(CookieSource source)
    {
        var text = source.Text.TrimStart();
        if (text.StartsWith('{'))
        {
            return SessionFormat.Playwright;
        }

        if (text.StartsWith('['))
        {
            return SessionFormat.CookieEditor;
        }

        if (text.StartsWith("# Netscape HTTP Cookie File", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("# HTTP Cookie File", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("#HttpOnly_", StringComparison.Ordinal))
        {
            return SessionFormat.Netscape;
        }

        var firstLine = text.Split('\n').Select(l => l.Trim('\r')).FirstOrDefault(l => l.Length > 0 && !l.StartsWith('#'));
        if (firstLine is not null && firstLine.Contains('\t', StringComparison.Ordinal))
        {
            return SessionFormat.Netscape;
        }

        throw new InvalidSessionException($"{source.Name}: not a recognised cookie export; {SessionFormats.Expected} (or pass --format)");
    }

    /// <summary>Parses <paramref name="source"/> as <paramref name="format"/>, detecting it first when it is <see cref="SessionFormat.Auto"/>.</summary>
    /// <exception cref="InvalidSessionException">The text does not fit the format.</exception>
    public static (SessionFormat Format, IReadOnlyList<ParsedCookie> Cookies) Parse(CookieSource source, SessionFormat format)
    {
        var actual = format == SessionFormat.Auto ? Detect(source) : format;
        var cookies = actual switch
        {
            SessionFormat.Playwright => PlaywrightStorageStateParser.Parse(source),
            SessionFormat.CookieEditor => CookieEditorJsonParser.Parse(source),
            SessionFormat.Netscape => NetscapeCookiesParser.Parse(source),
            _ => LiAtValueParser.Parse(source.Text),
        };
        return (actual, cookies);
    }
}
