using System.Globalization;

namespace LinkedInAuto.Session;

/// <summary>A session ready to store: LinkedIn's live cookies and what was left out.</summary>
/// <param name="Cookies">The cookies kept: linkedin.com and its subdomains, not expired, usable in a Cookie header.</param>
/// <param name="LiAt">The <c>li_at</c> cookie that authenticates the session (the latest-expiring one).</param>
/// <param name="DroppedExpired">LinkedIn cookies left out because they had expired.</param>
/// <param name="DroppedOtherSites">Cookies of other sites left out.</param>
/// <param name="DroppedUnusable">LinkedIn cookies left out because their name or value cannot be sent (control characters, <c>;</c>).</param>
public sealed record ValidatedSession(IReadOnlyList<SessionCookie> Cookies, SessionCookie LiAt, int DroppedExpired, int DroppedOtherSites, int DroppedUnusable);

/// <summary>Keeps LinkedIn's live cookies and insists on a plausible, unexpired <c>li_at</c>; messages never contain a value.</summary>
public static class SessionValidator
{
    /// <summary>The longest accepted li_at: a browser stores at most 4096 bytes per cookie; real values have a few hundred.</summary>
    public const int MaxLiAtLength = 4096;

    private const string Remedy = "log in to www.linkedin.com in your browser, then export its cookies again (li_at is HttpOnly: use an extension, Playwright or the browser's cookie storage, not document.cookie)";

    /// <summary>Returns whether <paramref name="domain"/> is linkedin.com or one of its subdomains (with or without the leading dot).</summary>
    public static bool IsLinkedInDomain(string domain)
    {
        var host = domain.Trim().TrimStart('.').TrimEnd('.');
        return host.Equals("linkedin.com", StringComparison.OrdinalIgnoreCase)
            || host.EndsWith(".linkedin.com", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Checks <paramref name="cookies"/> read from <paramref name="sourceName"/> at <paramref name="now"/>.</summary>
    /// <exception cref="InvalidSessionException">No usable li_at for linkedin.com, or a cookie without a name.</exception>
    public static ValidatedSession Validate(IReadOnlyList<ParsedCookie> cookies, DateTimeOffset now, string sourceName)
    {
        if (cookies.Count == 0)
        {
            throw new InvalidSessionException($"{sourceName}: holds no cookies; {SessionFormats.Expected}");
        }

        if (cookies.FirstOrDefault(c => c.Cookie.Name.Length == 0) is { } nameless)
        {
            throw new InvalidSessionException($"{At(sourceName, nameless.Where)}: the cookie name is empty");
        }

        var linkedIn = cookies.Where(c => IsLinkedInDomain(c.Cookie.Domain)).ToList();
        var liAts = linkedIn.Where(c => c.Cookie.Name == SessionCookie.LiAt).ToList();
        if (liAts.Count == 0)
        {
            throw new InvalidSessionException(NoLiAt(cookies, sourceName));
        }

        foreach (var liAt in liAts)
        {
            if (Implausible(liAt.Cookie.Value) is { } problem)
            {
                throw new InvalidSessionException($"{At(sourceName, liAt.Where)}: the li_at value {problem}; copy the whole value again");
            }
        }

        var live = liAts.Where(c => !c.Cookie.IsExpiredAt(now)).Select(c => c.Cookie).ToList();
        if (live.Count == 0)
        {
            var last = liAts.Max(c => c.Cookie.Expires!.Value);
            throw new InvalidSessionException($"{sourceName}: the li_at cookie expired on {last.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC; {Remedy}");
        }

        var unexpired = linkedIn.Where(c => !c.Cookie.IsExpiredAt(now)).Select(c => c.Cookie).ToList();
        var kept = unexpired.Where(c => c.Name == SessionCookie.LiAt || Sendable(c)).ToList();
        return new ValidatedSession(
            kept,
            SessionCookies.LatestExpiring(live),
            linkedIn.Count - unexpired.Count,
            cookies.Count - linkedIn.Count,
            unexpired.Count - kept.Count);
    }

    private static string NoLiAt(IReadOnlyList<ParsedCookie> cookies, string sourceName)
    {
        var elsewhere = cookies.Where(c => c.Cookie.Name == SessionCookie.LiAt).Select(c => Printable(c.Cookie.Domain)).Distinct().ToList();
        return elsewhere.Count > 0
            ? $"{sourceName}: the li_at cookie is for {string.Join(", ", elsewhere)}, not linkedin.com; {Remedy}"
            : $"{sourceName}: no li_at cookie for linkedin.com among its {cookies.Count} cookie{(cookies.Count == 1 ? string.Empty : "s")}; {Remedy}";
    }

    private static string At(string sourceName, string where) => where.Length == 0 ? sourceName : $"{sourceName}: {where}";

    private static string? Implausible(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "is empty";
        }

        if (value.Length > MaxLiAtLength)
        {
            return $"is {value.Length} characters long (a real one has a few hundred, at most {MaxLiAtLength})";
        }

        if (value.Any(char.IsControl))
        {
            return "contains control characters";
        }

        if (value.Any(char.IsWhiteSpace))
        {
            return "contains spaces";
        }

        return value.Any(c => c is ';' or ',' or > '\x7e') ? "contains characters a cookie cannot carry (; , or non-ASCII)" : null;
    }

    private static bool Sendable(SessionCookie cookie) =>
        !cookie.Name.Any(c => char.IsControl(c) || c is ';' or '=' or ' ') && !cookie.Value.Any(c => char.IsControl(c) || c == ';');

    private static string Printable(string text) =>
        new(text.Select(c => char.IsControl(c) ? '?' : c).Take(100).ToArray());
}
