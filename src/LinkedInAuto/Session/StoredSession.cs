namespace LinkedInAuto.Session;

/// <summary>What the session file holds once decrypted: the cookies and their provenance.</summary>
/// <param name="Cookies">LinkedIn's cookies.</param>
/// <param name="ImportedAt">When <c>auth import</c> stored this session; kept across the saves after each run.</param>
/// <param name="Source">The import's format.</param>
/// <param name="SavedAt">When the file was last written (import, or the end of a run).</param>
public sealed record StoredSession(IReadOnlyList<SessionCookie> Cookies, DateTimeOffset ImportedAt, SessionFormat Source, DateTimeOffset SavedAt)
{
    /// <summary>Gets the li_at cookie that authenticates the session; null only for a damaged file.</summary>
    public SessionCookie? LiAt => SessionCookies.FindLiAt(Cookies);
}
