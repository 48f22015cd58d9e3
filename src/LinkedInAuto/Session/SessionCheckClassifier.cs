namespace LinkedInAuto.Session;

/// <summary>Classifies where a feed visit ended, from LinkedIn's URLs.</summary>
/// <remarks>
/// Without a valid session LinkedIn redirects <c>/feed/</c> to <c>/login</c>, <c>/uas/login</c> or
/// <c>/authwall</c>; a challenge sends any page to <c>/checkpoint/…</c>. Only a 200 on the feed itself is a session that works.
/// </remarks>
public static class SessionCheckClassifier
{
    /// <summary>Classifies <paramref name="visit"/>.</summary>
    public static SessionCheckResult Classify(FeedVisit visit)
    {
        var path = visit.FinalUrl.AbsolutePath;
        var where = visit.FinalUrl.GetLeftPart(UriPartial.Path);
        if (visit.Error is { } error)
        {
            return new SessionCheckResult(SessionCheckOutcome.Unknown, where, visit.StatusCode, $"could not tell: {error}");
        }

        if (Starts(path, "/checkpoint/"))
        {
            return new SessionCheckResult(SessionCheckOutcome.Checkpoint, where, visit.StatusCode,
                "LinkedIn wants a verification (captcha, PIN or a restricted account): complete it in your browser, then export the cookies and run `linkedin-auto auth import` again");
        }

        if (Starts(path, "/login") || Starts(path, "/uas/login") || Starts(path, "/uas/authenticate") || Starts(path, "/authwall") || Starts(path, "/signup"))
        {
            return new SessionCheckResult(SessionCheckOutcome.Expired, where, visit.StatusCode,
                "LinkedIn asks to sign in again: the session expired or was revoked; log in in your browser, export the cookies and run `linkedin-auto auth import`");
        }

        if (Starts(path, "/feed") && visit.StatusCode == 200)
        {
            return new SessionCheckResult(SessionCheckOutcome.LoggedIn, where, visit.StatusCode, "the feed opened: the session works");
        }

        return new SessionCheckResult(SessionCheckOutcome.Unknown, where, visit.StatusCode,
            visit.StatusCode is 999 or 429
                ? "LinkedIn is throttling requests (HTTP " + visit.StatusCode + "); try again later"
                : "unexpected page (HTTP " + visit.StatusCode + "); try again later or open LinkedIn in your browser");
    }

    private static bool Starts(string path, string prefix) => path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
}
