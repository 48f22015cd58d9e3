namespace LinkedInAuto.Session;

/// <summary>What opening the feed with the saved session showed.</summary>
public enum SessionCheckOutcome
{
    /// <summary>The feed opened: the session works.</summary>
    LoggedIn,

    /// <summary>LinkedIn asked to sign in (login page or authwall): the session is no longer valid.</summary>
    Expired,

    /// <summary>LinkedIn wants a verification (captcha, PIN, restricted account) before anything else.</summary>
    Checkpoint,

    /// <summary>Anything else: an error page, throttling (HTTP 999/429), a redirect loop, the site unreachable.</summary>
    Unknown,
}

/// <summary>The outcome of <c>auth check</c> and where it landed.</summary>
/// <param name="Outcome">The classification.</param>
/// <param name="FinalUrl">The page it ended on, without query string.</param>
/// <param name="StatusCode">That page's HTTP status (0 when nothing answered).</param>
/// <param name="Detail">A sentence for people: what happened and what to do.</param>
public sealed record SessionCheckResult(SessionCheckOutcome Outcome, string FinalUrl, int StatusCode, string Detail);

/// <summary>Where a feed visit ended: the last URL and its HTTP status.</summary>
/// <param name="FinalUrl">The last URL after redirects.</param>
/// <param name="StatusCode">Its status; 0 when the site did not answer.</param>
/// <param name="Error">Why no page was reached (timeout, connection refused, redirect loop), else null.</param>
public sealed record FeedVisit(Uri FinalUrl, int StatusCode, string? Error = null);
