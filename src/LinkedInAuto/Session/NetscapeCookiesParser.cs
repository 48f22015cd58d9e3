using System.Globalization;

namespace LinkedInAuto.Session;

/// <summary>Reads a Netscape <c>cookies.txt</c>, the format of curl, wget, yt-dlp and the "Get cookies.txt" extensions.</summary>
/// <remarks>
/// One cookie per line, 7 tab-separated fields: domain, include-subdomains (TRUE/FALSE), path, secure (TRUE/FALSE),
/// expiry in Unix seconds (0 = session cookie), name, value. Lines starting with <c>#HttpOnly_</c> are HttpOnly
/// cookies (curl's extension); other lines starting with <c>#</c> and blank lines are comments. The format has no
/// SameSite, so it is left unspecified.
/// </remarks>
public static class NetscapeCookiesParser
{
    private const string HttpOnlyPrefix = "#HttpOnly_";
    private const string Fields = "7 tab-separated fields: domain, TRUE/FALSE (subdomains), path, TRUE/FALSE (secure), expiry (Unix seconds, 0 = session), name, value";

    /// <summary>Parses <paramref name="source"/>.</summary>
    /// <exception cref="InvalidSessionException">A line is malformed; the message names the file and the line.</exception>
    public static IReadOnlyList<ParsedCookie> Parse(CookieSource source)
    {
        var result = new List<ParsedCookie>();
        var lines = source.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var httpOnly = line.StartsWith(HttpOnlyPrefix, StringComparison.Ordinal);
            if (httpOnly)
            {
                line = line[HttpOnlyPrefix.Length..];
            }
            else if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var where = "line " + (i + 1).ToString(CultureInfo.InvariantCulture);
            result.Add(new ParsedCookie(ParseLine(line, httpOnly, $"{source.Name}: {where}"), where));
        }

        return result;
    }

    private static SessionCookie ParseLine(string line, bool httpOnly, string where)
    {
        var fields = line.Split('\t');
        if (fields.Length != 7)
        {
            // Never echo the line: it holds the cookie value.
            throw new InvalidSessionException($"{where}: expected {Fields}; found {fields.Length} field{(fields.Length == 1 ? string.Empty : "s")}");
        }

        var domain = fields[0].Trim();
        if (domain.Length == 0)
        {
            throw new InvalidSessionException($"{where}: the domain (field 1) is empty; expected e.g. .linkedin.com");
        }

        var subdomains = Flag(fields[1], "include-subdomains (field 2)", where);
        var secure = Flag(fields[3], "secure (field 4)", where);
        if (!double.TryParse(fields[4].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || !double.IsFinite(seconds))
        {
            throw new InvalidSessionException($"{where}: the expiry (field 5) is not a number; expected Unix seconds, or 0 for a session cookie");
        }

        var name = fields[5].Trim();
        if (name.Length == 0)
        {
            throw new InvalidSessionException($"{where}: the cookie name (field 6) is empty");
        }

        return new SessionCookie(
            name,
            fields[6],
            subdomains ? "." + domain.TrimStart('.') : domain.TrimStart('.'),
            fields[2].Length == 0 ? "/" : fields[2],
            UnixSeconds.ToExpiry(seconds),
            httpOnly,
            secure,
            CookieSameSite.Unspecified);
    }

    private static bool Flag(string text, string field, string where) => text.Trim().ToUpperInvariant() switch
    {
        "TRUE" => true,
        "FALSE" => false,
        _ => throw new InvalidSessionException($"{where}: the {field} is neither TRUE nor FALSE"),
    };
}
