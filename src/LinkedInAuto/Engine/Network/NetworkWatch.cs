using Microsoft.Playwright;

namespace LinkedInAuto.Engine.Network;

/// <summary>Watches the requests of a page for what LinkedIn says on the network, not on the page: refusing statuses,
/// redirects to a checkpoint or a login, challenge frames.</summary>
/// <remarks>
/// A checkpoint can trip server-side while the page stays put: the API refuses the action (401, 403, 429, 999) and
/// the UI silently does nothing until the next navigation. Only LinkedIn's own hosts are judged (assets on other hosts
/// say nothing about the account), except challenge frames, which captcha providers serve from anywhere. Images,
/// fonts, style sheets and media are ignored. Events arrive on Playwright's thread; reads are thread-safe.
/// </remarks>
public sealed class NetworkWatch
{
    private static readonly string[] s_ignoredTypes = ["image", "font", "stylesheet", "media"];
    private static readonly string[] s_loginPaths = ["/login", "/uas/login", "/uas/authenticate", "/authwall", "/checkpoint/rm/sign-in"];

    private readonly Lock _gate = new();
    private readonly List<NetworkSignal> _signals = [];
    private readonly string _host;
    private long _sequence;

    private NetworkWatch(string host) => _host = host;

    /// <summary>Gets the position of the latest event seen; signals after it have a greater <see cref="NetworkSignal.Sequence"/>.</summary>
    public long Mark => Interlocked.Read(ref _sequence);

    /// <summary>Starts watching <paramref name="page"/>, whose LinkedIn is at <paramref name="baseUrl"/>.</summary>
    public static NetworkWatch Attach(IPage page, Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(baseUrl);
        var watch = new NetworkWatch(baseUrl.Host);
        page.Request += (_, request) => watch.OnRequest(request, page);
        page.Response += (_, response) => watch.OnResponse(response, page);
        return watch;
    }

    /// <summary>Gets the signals seen after <paramref name="mark"/> (a value of <see cref="Mark"/>), oldest first.</summary>
    public IReadOnlyList<NetworkSignal> Since(long mark)
    {
        lock (_gate)
        {
            return [.. _signals.Where(s => s.Sequence > mark)];
        }
    }

    private static bool IsMainDocument(IRequest request, IPage page)
    {
        try
        {
            return request.ResourceType == "document" && request.Frame == page.MainFrame;
        }
        catch (PlaywrightException)
        {
            return false; // a service worker's request has no frame
        }
    }

    private static bool IsSubframeDocument(IRequest request, IPage page) =>
        request.ResourceType == "document" && !IsMainDocument(request, page);

    private static bool IsAction(IRequest request, IPage page) =>
        !string.Equals(request.Method, "GET", StringComparison.OrdinalIgnoreCase) && !string.Equals(request.Method, "HEAD", StringComparison.OrdinalIgnoreCase)
        || IsMainDocument(request, page);

    private bool IsLinkedIn(Uri url) =>
        url.Host.Equals(_host, StringComparison.OrdinalIgnoreCase) || url.Host == "linkedin.com" || url.Host.EndsWith(".linkedin.com", StringComparison.OrdinalIgnoreCase);

    private void OnRequest(IRequest request, IPage page)
    {
        var sequence = Interlocked.Increment(ref _sequence);
        if (!Uri.TryCreate(request.Url, UriKind.Absolute, out var url))
        {
            return;
        }

        var path = url.AbsolutePath;
        NetworkSignalKind? kind = null;
        if (IsLinkedIn(url) && s_loginPaths.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
        {
            kind = NetworkSignalKind.LoginRedirect;
        }
        else if (IsLinkedIn(url) && path.StartsWith("/checkpoint/", StringComparison.OrdinalIgnoreCase))
        {
            kind = NetworkSignalKind.CheckpointRedirect;
        }
        else if (IsSubframeDocument(request, page) && (url.AbsoluteUri.Contains("captcha", StringComparison.OrdinalIgnoreCase) || path.Contains("challenge", StringComparison.OrdinalIgnoreCase)))
        {
            kind = NetworkSignalKind.ChallengeFrame;
        }

        if (kind is { } found)
        {
            Add(new NetworkSignal(sequence, found, request.Method, path, null, IsAction(request, page)));
        }
    }

    private void OnResponse(IResponse response, IPage page)
    {
        var sequence = Interlocked.Increment(ref _sequence);
        var request = response.Request;
        if (!Uri.TryCreate(response.Url, UriKind.Absolute, out var url) || !IsLinkedIn(url) || s_ignoredTypes.Contains(request.ResourceType))
        {
            return;
        }

        NetworkSignalKind? kind = response.Status switch
        {
            401 => NetworkSignalKind.Unauthorized,
            403 => NetworkSignalKind.Forbidden,
            429 => NetworkSignalKind.RateLimited,
            999 => NetworkSignalKind.Denied,
            _ => null,
        };
        if (kind is { } found)
        {
            Add(new NetworkSignal(sequence, found, request.Method, url.AbsolutePath, response.Status, IsAction(request, page)));
        }
    }

    private void Add(NetworkSignal signal)
    {
        lock (_gate)
        {
            _signals.Add(signal);
        }
    }
}
