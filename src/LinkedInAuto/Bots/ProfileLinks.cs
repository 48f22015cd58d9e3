using LinkedInAuto.Storage;

namespace LinkedInAuto.Bots;

/// <summary>Turns a profile link found on a page into the person's identity: the canonical `https://www.linkedin.com/in/&lt;slug&gt;/`.</summary>
/// <remarks>
/// Identity never depends on the site the pages came from (the local fake LinkedIn in tests serves the same paths on
/// 127.0.0.1), so history, blacklists and the fake's action record all speak of the same URL (docs/linkedin-pages.md §1, §5 rule 8).
/// </remarks>
public static class ProfileLinks
{
    private static readonly Uri s_linkedIn = new("https://www.linkedin.com/");

    /// <summary>Gets the canonical profile URL of <paramref name="href"/> (relative or absolute, any query), or null when it is not a profile link.</summary>
    public static string? Identity(string? href)
    {
        if (string.IsNullOrWhiteSpace(href) || !Uri.TryCreate(s_linkedIn, href.Trim(), out var uri))
        {
            return null;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 2 || !segments[0].Equals("in", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return ProfileUrl.Canonicalize("https://www.linkedin.com/in/" + segments[1] + "/");
    }

    /// <summary>Gets the slug of a canonical profile URL.</summary>
    public static string Slug(string identity) => identity.TrimEnd('/').Split('/')[^1];
}
