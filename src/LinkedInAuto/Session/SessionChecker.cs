using LinkedInAuto.Configuration;

namespace LinkedInAuto.Session;

/// <summary>Checks online whether the saved session still opens the feed (<c>auth check</c>).</summary>
public sealed class SessionChecker(SessionStore store, ConfigStore config, ISessionProbe probe)
{
    /// <summary>Opens the feed of <c>linkedin.base_url</c> with the saved cookies and classifies the result.</summary>
    /// <exception cref="SessionStoreException">No session was imported, or it cannot be decrypted.</exception>
    public async Task<SessionCheckResult> CheckAsync(CancellationToken cancellationToken)
    {
        var session = await store.LoadAsync(cancellationToken)
            ?? throw new SessionStoreException($"{store.FilePath}: no saved LinkedIn session — import one with `linkedin-auto auth import FILE`");
        var baseUrl = config.Current.Linkedin.BaseUrl;
        var visit = await probe.OpenFeedAsync(SessionCookieMapper.ForBaseUrl(session.Cookies, baseUrl), baseUrl, cancellationToken);
        return SessionCheckClassifier.Classify(visit);
    }
}
