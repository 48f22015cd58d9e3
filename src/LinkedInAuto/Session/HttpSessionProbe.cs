using System.Net.Http.Headers;
using LinkedInAuto.Configuration;

namespace LinkedInAuto.Session;

/// <summary>Opens the feed with a plain HTTP GET, following redirects by hand so each hop's URL can be classified.</summary>
/// <remarks>
/// One request per hop, a desktop browser's headers, no page assets, and nothing saved: the browser engine is what
/// runs bots and saves rotated cookies. It may register its own <see cref="ISessionProbe"/> to check with Chromium.
/// </remarks>
internal sealed class HttpSessionProbe(ConfigStore config) : ISessionProbe
{
    private const int MaxRedirects = 10;

    // LinkedIn answers clients that do not look like a browser with HTTP 999.
    private const string UserAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

    /// <inheritdoc/>
    public async Task<FeedVisit> OpenFeedAsync(IReadOnlyList<SessionCookie> cookies, Uri baseUrl, CancellationToken cancellationToken)
    {
        var settings = config.Current;
        using var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, ConnectTimeout = TimeSpan.FromSeconds(15) };
        using var client = new HttpClient(handler) { Timeout = settings.Browser.NavigationTimeout };
        var url = new Uri(baseUrl, "/feed/");
        for (var hop = 0; hop <= MaxRedirects; hop++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
            request.Headers.TryAddWithoutValidation("Accept-Language", settings.Browser.Locale);
            var cookieHeader = CookieHeader(cookies, url);
            if (cookieHeader.Length > 0)
            {
                request.Headers.TryAddWithoutValidation("Cookie", cookieHeader);
            }

            try
            {
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                var status = (int)response.StatusCode;
                if (status is < 300 or >= 400 || response.Headers.Location is not { } location)
                {
                    return new FeedVisit(url, status);
                }

                url = new Uri(url, location);
            }
            catch (HttpRequestException ex)
            {
                return new FeedVisit(url, 0, $"{url.Host} did not answer ({ex.HttpRequestError})");
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return new FeedVisit(url, 0, $"{url.Host} did not answer within {DurationParser.Format(settings.Browser.NavigationTimeout)}");
            }
        }

        return new FeedVisit(url, 0, "more than " + MaxRedirects + " redirects (a redirect loop)");
    }

    /// <summary>Builds the Cookie header a browser would send to <paramref name="url"/> (domain, path and Secure rules of RFC 6265).</summary>
    internal static string CookieHeader(IReadOnlyList<SessionCookie> cookies, Uri url)
    {
        var host = url.IdnHost;
        var https = url.Scheme == Uri.UriSchemeHttps;
        return string.Join("; ", cookies
            .Where(c => c.Domain.StartsWith('.')
                ? host.Equals(c.Host, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + c.Host, StringComparison.OrdinalIgnoreCase)
                : host.Equals(c.Host, StringComparison.OrdinalIgnoreCase))
            .Where(c => url.AbsolutePath.StartsWith(c.Path, StringComparison.Ordinal) && (https || !c.Secure))
            .Select(c => c.Name + "=" + c.Value));
    }
}
