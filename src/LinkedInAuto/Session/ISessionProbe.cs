namespace LinkedInAuto.Session;

/// <summary>Opens the LinkedIn feed with given cookies and reports where it ended; the browser engine can provide its own.</summary>
public interface ISessionProbe
{
    /// <summary>Visits <c>{baseUrl}/feed/</c> with <paramref name="cookies"/> (already mapped for <paramref name="baseUrl"/>), following redirects.</summary>
    Task<FeedVisit> OpenFeedAsync(IReadOnlyList<SessionCookie> cookies, Uri baseUrl, CancellationToken cancellationToken);
}
