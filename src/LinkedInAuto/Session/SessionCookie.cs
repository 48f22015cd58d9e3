namespace LinkedInAuto.Session;

/// <summary>One browser cookie of the LinkedIn session; <see cref="ToString"/> never shows the value.</summary>
/// <param name="Name">The cookie name, e.g. <c>li_at</c>.</param>
/// <param name="Value">The secret value: never log, print or put it in an exception message.</param>
/// <param name="Domain">The domain; a leading dot means "and its subdomains" and no dot means this host only (Playwright's convention).</param>
/// <param name="Path">The path the cookie applies to.</param>
/// <param name="Expires">When it expires, in UTC; null for a session cookie.</param>
/// <param name="HttpOnly">Whether page scripts cannot read it.</param>
/// <param name="Secure">Whether it is only sent over https.</param>
/// <param name="SameSite">The SameSite attribute.</param>
public sealed record SessionCookie(
    string Name,
    string Value,
    string Domain,
    string Path,
    DateTimeOffset? Expires,
    bool HttpOnly,
    bool Secure,
    CookieSameSite SameSite)
{
    /// <summary>The name of LinkedIn's authentication cookie.</summary>
    public const string LiAt = "li_at";

    /// <summary>Gets the domain without its leading dot, in lower case.</summary>
    public string Host => Domain.TrimStart('.').TrimEnd('.').ToLowerInvariant();

    /// <summary>Returns whether the cookie has expired at <paramref name="now"/> (session cookies never have).</summary>
    public bool IsExpiredAt(DateTimeOffset now) => Expires is { } expires && expires <= now;

    /// <summary>Describes the cookie with its value masked, so that a cookie printed by mistake leaks nothing.</summary>
    public override string ToString() => $"{Name} (domain {Domain}, path {Path}, value {SecretText.Mask(Value)})";
}
