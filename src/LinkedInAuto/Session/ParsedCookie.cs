namespace LinkedInAuto.Session;

/// <summary>A cookie read from an export, with where it was found (<c>line 12</c>, <c>cookie #3</c>) for messages (empty when the source is the cookie itself).</summary>
public sealed record ParsedCookie(SessionCookie Cookie, string Where);
