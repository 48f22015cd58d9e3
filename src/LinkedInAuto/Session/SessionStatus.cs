namespace LinkedInAuto.Session;

/// <summary>What <c>auth status</c> reports, offline: never a cookie value.</summary>
/// <param name="FilePath">The session file.</param>
/// <param name="Present">Whether the file exists.</param>
/// <param name="Decryptable">Whether it decrypts with the current key.</param>
/// <param name="Problem">Why it cannot be used, when it cannot.</param>
/// <param name="Key">Where the key comes from, when there is one.</param>
/// <param name="Source">The import's format.</param>
/// <param name="ImportedAt">When it was imported.</param>
/// <param name="SavedAt">When it was last saved (import or end of a run).</param>
/// <param name="LiAtExpiresUtc">The li_at expiry instant; null when unknown.</param>
/// <param name="LiAtExpiresLocalDate">The li_at expiry date in the configured time zone.</param>
/// <param name="TimeZone">The configured time zone.</param>
/// <param name="DaysLeft">Days until the expiry date.</param>
/// <param name="Expired">Whether li_at has expired.</param>
/// <param name="ExpiryWarning">Whether li_at expires within <c>account.session_expiry_warning</c> (or has).</param>
/// <param name="HasJSessionId">Whether the JSESSIONID cookie (LinkedIn's CSRF token) is present.</param>
/// <param name="CookieCount">How many cookies are stored, li_at included.</param>
public sealed record SessionStatus(
    string FilePath,
    bool Present,
    bool Decryptable,
    string? Problem,
    string? Key,
    SessionFormat? Source,
    DateTimeOffset? ImportedAt,
    DateTimeOffset? SavedAt,
    DateTimeOffset? LiAtExpiresUtc,
    DateOnly? LiAtExpiresLocalDate,
    string TimeZone,
    int? DaysLeft,
    bool Expired,
    bool ExpiryWarning,
    bool HasJSessionId,
    int CookieCount)
{
    /// <summary>Gets a value indicating whether a run could use the session (present, decryptable, li_at not expired).</summary>
    public bool Usable => Present && Decryptable && !Expired && Problem is null;
}
