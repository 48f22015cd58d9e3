using System.Net;
using System.Net.Sockets;
using LinkedInAuto.Session;

namespace LinkedInAuto.Tests.Session;

public sealed class SessionCheckTests
{
    [Theory]
    [InlineData("https://www.linkedin.com/feed/", 200, SessionCheckOutcome.LoggedIn)]
    [InlineData("https://www.linkedin.com/login?session_redirect=x", 200, SessionCheckOutcome.Expired)]
    [InlineData("https://www.linkedin.com/uas/login?session_redirect=x", 200, SessionCheckOutcome.Expired)]
    [InlineData("https://www.linkedin.com/authwall?trk=bf&sessionRedirect=x", 200, SessionCheckOutcome.Expired)]
    [InlineData("https://www.linkedin.com/checkpoint/challenge/AQHn123?ut=0", 200, SessionCheckOutcome.Checkpoint)]
    [InlineData("https://www.linkedin.com/feed/", 999, SessionCheckOutcome.Unknown)]
    [InlineData("https://www.linkedin.com/feed/", 500, SessionCheckOutcome.Unknown)]
    [InlineData("https://www.linkedin.com/", 200, SessionCheckOutcome.Unknown)]
    public void Classify_FinalPage_GivesTheOutcome(string url, int status, SessionCheckOutcome expected)
    {
        var result = SessionCheckClassifier.Classify(new FeedVisit(new Uri(url), status));

        Assert.Equal(expected, result.Outcome);
        Assert.DoesNotContain("?", result.FinalUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_ValidSessionAgainstTheLocalFake_IsLoggedInAndSendsTheMappedCookie()
    {
        await using var server = MiniLinkedIn.AcceptingOnly(SessionSamples.LiAt);
        using var harness = new SessionHarness(baseUrl: server.BaseUrl);
        await harness.ImportTextAsync("cookies.txt", SessionSamples.Netscape(harness.Clock.GetUtcNow()));

        var result = await Checker(harness).CheckAsync(CancellationToken.None);

        Assert.Equal(SessionCheckOutcome.LoggedIn, result.Outcome);
        Assert.Equal(server.BaseUrl + "feed/", result.FinalUrl);
        var request = Assert.Single(server.Requests);
        Assert.Contains("li_at=" + SessionSamples.LiAt, request, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_RevokedSession_FollowsTheRedirectToLoginAndIsExpired()
    {
        await using var server = MiniLinkedIn.AcceptingOnly("another-value");
        using var harness = new SessionHarness(baseUrl: server.BaseUrl);
        await harness.ImportTextAsync("cookies.txt", SessionSamples.Netscape(harness.Clock.GetUtcNow()));

        var result = await Checker(harness).CheckAsync(CancellationToken.None);

        Assert.Equal(SessionCheckOutcome.Expired, result.Outcome);
        Assert.Equal(server.BaseUrl + "login", result.FinalUrl);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Check_Challenge_IsCheckpoint()
    {
        await using var server = new MiniLinkedIn((path, _) => path.StartsWith("/feed", StringComparison.Ordinal) ? (302, "/checkpoint/challenge/AQHn0x?ut=1") : (200, null));
        using var harness = new SessionHarness(baseUrl: server.BaseUrl);
        await harness.ImportTextAsync("cookies.txt", SessionSamples.Netscape(harness.Clock.GetUtcNow()));

        var result = await Checker(harness).CheckAsync(CancellationToken.None);

        Assert.Equal(SessionCheckOutcome.Checkpoint, result.Outcome);
    }

    [Fact]
    public async Task Check_RedirectLoop_IsUnknown()
    {
        await using var server = new MiniLinkedIn((path, _) => path.StartsWith("/feed", StringComparison.Ordinal) ? (302, "/home") : (302, "/feed/"));
        using var harness = new SessionHarness(baseUrl: server.BaseUrl);
        await harness.ImportTextAsync("cookies.txt", SessionSamples.Netscape(harness.Clock.GetUtcNow()));

        var result = await Checker(harness).CheckAsync(CancellationToken.None);

        Assert.Equal(SessionCheckOutcome.Unknown, result.Outcome);
        Assert.Contains("redirect loop", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_NothingListening_IsUnknown()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var harness = new SessionHarness(baseUrl: new Uri($"http://127.0.0.1:{port}"));
        await harness.ImportTextAsync("cookies.txt", SessionSamples.Netscape(harness.Clock.GetUtcNow()));

        var result = await Checker(harness).CheckAsync(CancellationToken.None);

        Assert.Equal(SessionCheckOutcome.Unknown, result.Outcome);
        Assert.Contains("did not answer", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_NoSession_Throws()
    {
        using var harness = new SessionHarness();

        var ex = await Assert.ThrowsAsync<SessionStoreException>(() => Checker(harness).CheckAsync(CancellationToken.None));

        Assert.Contains("no saved LinkedIn session", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CookieHeader_FollowsDomainPathAndSecureRules()
    {
        var cookies = SessionSamples.NetscapeExpected(SessionSamples.Now);

        Assert.Equal(
            $"li_at={SessionSamples.LiAt}; JSESSIONID={SessionSamples.JSessionId}; bcookie={SessionSamples.BCookie}; lang={SessionSamples.Lang}",
            HttpSessionProbe.CookieHeader(cookies, new Uri("https://www.linkedin.com/feed/")));
        Assert.Equal($"bcookie={SessionSamples.BCookie}", HttpSessionProbe.CookieHeader(cookies, new Uri("https://linkedin.com/in/someone")));
        Assert.Equal(string.Empty, HttpSessionProbe.CookieHeader(cookies, new Uri("http://www.linkedin.com/in/someone")));
        Assert.Equal(string.Empty, HttpSessionProbe.CookieHeader(cookies, new Uri("https://linkedin.com.evil.org/feed/")));
    }

    private static SessionChecker Checker(SessionHarness harness) =>
        new(harness.Store, harness.Config, new HttpSessionProbe(harness.Config));
}
