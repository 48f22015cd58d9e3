namespace LinkedInAuto.Storage;

/// <summary>Turns the many spellings of a LinkedIn profile link into the one URL that identifies a person in the history.</summary>
public static class ProfileUrl
{
    private const string LinkedInHost = "www.linkedin.com";

    /// <summary>Canonicalizes a profile URL: https, `www.linkedin.com`, `/in/{slug}/` lower-cased, no query or fragment.</summary>
    /// <remarks>
    /// Country and mobile hosts (`fr.`, `m.`, bare `linkedin.com`) become `www.linkedin.com`; any other host (the local
    /// fake LinkedIn in tests) keeps its scheme, host and port. Slugs are matched case-insensitively by LinkedIn.
    /// </remarks>
    /// <exception cref="ArgumentException">The text is not an absolute http(s) URL of a `/in/…` profile.</exception>
    public static string Canonicalize(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"'{url}' is not a profile URL: expected https://www.linkedin.com/in/<name>/", nameof(url));
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 2 || !segments[0].Equals("in", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"'{url}' is not a profile URL: expected a path /in/<name>/", nameof(url));
        }

        var slug = Uri.EscapeDataString(Uri.UnescapeDataString(segments[1]).ToLowerInvariant());
        var host = uri.Host.ToLowerInvariant();
        if (host == "linkedin.com" || host.EndsWith(".linkedin.com", StringComparison.Ordinal))
        {
            return $"https://{LinkedInHost}/in/{slug}/";
        }

        return $"{uri.Scheme}://{uri.Authority.ToLowerInvariant()}/in/{slug}/";
    }
}
