namespace LinkedInAuto.Session;

/// <summary>Queries over a session's cookies.</summary>
public static class SessionCookies
{
    /// <summary>Returns the li_at cookie for linkedin.com that expires last (a dated one before a session cookie); null when none.</summary>
    public static SessionCookie? FindLiAt(IEnumerable<SessionCookie> cookies)
    {
        var liAts = cookies.Where(c => c.Name == SessionCookie.LiAt && SessionValidator.IsLinkedInDomain(c.Domain)).ToList();
        return liAts.Count == 0 ? null : LatestExpiring(liAts);
    }

    /// <summary>Returns the cookie of <paramref name="cookies"/> that expires last, preferring a known date over none.</summary>
    internal static SessionCookie LatestExpiring(IReadOnlyList<SessionCookie> cookies) =>
        cookies.OrderByDescending(c => c.Expires.HasValue).ThenByDescending(c => c.Expires).First();
}
