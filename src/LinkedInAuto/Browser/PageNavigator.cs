using Microsoft.Playwright;

namespace LinkedInAuto.Browser;

/// <summary>Opens LinkedIn pages relative to `linkedin.base_url`, the only thing that differs between production and tests.</summary>
public sealed class PageNavigator
{
    private readonly IPage _page;

    /// <summary>Initializes a new instance of the <see cref="PageNavigator"/> class.</summary>
    public PageNavigator(IPage page, Uri baseUrl)
    {
        _page = page;
        BaseUrl = baseUrl;
    }

    /// <summary>Gets the site root every path is resolved against.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Resolves a site path (`/mynetwork/…`) or a LinkedIn URL read from a page against <see cref="BaseUrl"/>.</summary>
    /// <remarks>Absolute links to any *.linkedin.com host keep their path and query but move to the base URL, so a link
    /// copied from the real site works against the local fake; links to other sites are refused.</remarks>
    /// <exception cref="ArgumentException">The URL leads off the site.</exception>
    public Uri Resolve(string pathOrUrl) => Resolve(BaseUrl, pathOrUrl);

    /// <summary>Navigates the page and waits for its DOM (bots then wait for their page's own ready marker).</summary>
    /// <remarks>Playwright navigations cannot be cancelled; on cancellation the navigation is abandoned and the session
    /// must be disposed, which closes or kills the browser and so ends it.</remarks>
    /// <returns>The main resource's response, or null for same-document navigations.</returns>
    public Task<IResponse?> GotoAsync(string pathOrUrl, CancellationToken cancellationToken = default) =>
        PlaywrightCalls.WaitAsync(_page.GotoAsync(Resolve(pathOrUrl).AbsoluteUri, new() { WaitUntil = WaitUntilState.DOMContentLoaded }), cancellationToken);

    /// <summary>Resolves <paramref name="pathOrUrl"/> against <paramref name="baseUrl"/> (see the instance method).</summary>
    internal static Uri Resolve(Uri baseUrl, string pathOrUrl)
    {
        // "/in/x" must not go through Uri.TryCreate(Absolute): on Unix it parses as the file path file:///in/x.
        if (pathOrUrl.StartsWith('/') && !pathOrUrl.StartsWith("//", StringComparison.Ordinal))
        {
            return new Uri(baseUrl, pathOrUrl);
        }

        if (Uri.TryCreate(pathOrUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
        {
            if (Uri.Compare(url, baseUrl, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return url;
            }

            if (url.Host == "linkedin.com" || url.Host.EndsWith(".linkedin.com", StringComparison.Ordinal))
            {
                return new Uri(baseUrl, url.PathAndQuery + url.Fragment);
            }
        }

        throw new ArgumentException($"'{pathOrUrl}' is not a path or URL of {baseUrl}", nameof(pathOrUrl));
    }
}
