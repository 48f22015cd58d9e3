using System.Net;
using LinkedInAuto.Tests.Daemon;
using LinkedInAuto.Web;

namespace LinkedInAuto.Tests.Web;

/// <summary>Issue 14, acceptance 2, against the real `linkedin-auto web` process over HTTP (no daemon needed).</summary>
public sealed class WebSecurityTests : IAsyncLifetime, IDisposable
{
    private readonly DaemonTestEnvironment _environment = new();
    private WebSite _site = null!;

    public async Task InitializeAsync()
    {
        _environment.WriteConfig(WebSite.WebSection());
        _site = await WebSite.StartAsync(_environment);
    }

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    public void Dispose() => _environment.Dispose();

    [Theory]
    [InlineData("/")]
    [InlineData("/actions")]
    [InlineData("/no-such-page")]
    public async Task Page_WithoutLogin_RedirectsToTheLoginPage(string path)
    {
        using var client = _site.Client();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/login", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Login_RightPassword_SetsAStrictHttpOnlyCookieAndOpensThePages()
    {
        using var client = _site.Client();

        using var login = await WebSite.LogInAsync(client, WebSite.Password);

        Assert.Equal(HttpStatusCode.Found, login.StatusCode);
        Assert.Equal("/", login.Headers.Location!.OriginalString);
        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("linkedin-auto-web=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        // No daemon runs here: the page says so instead of sending back to the login.
        using var status = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status.StatusCode);
        Assert.Contains("the daemon is not running", await status.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var actions = await client.GetAsync("/actions");
        Assert.Contains("Run a bot now", await actions.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The password never reaches the log.
        Assert.DoesNotContain(_site.Process.Stderr, l => l.Contains(WebSite.Password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Login_TenWrongPasswords_LocksTheAddressOutWith429AndRetryAfter()
    {
        using var client = _site.Client();
        for (var attempt = 1; attempt < LoginThrottle.MaxFailures; attempt++)
        {
            using var wrong = await WebSite.LogInAsync(client, "wrong password " + attempt);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            Assert.Contains("Wrong password.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var tenth = await WebSite.LogInAsync(client, "wrong password 10");
        Assert.Equal(HttpStatusCode.TooManyRequests, tenth.StatusCode);
        Assert.InRange(tenth.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromMinutes(14), LoginThrottle.Lockout);

        // Locked out: even the right password is refused until the lock-out ends.
        using var right = await WebSite.LogInAsync(client, WebSite.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Contains("Too many wrong passwords", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        AssertSecurityHeaders(right);
        using var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Found, page.StatusCode);
    }

    [Fact]
    public async Task LoginPosts_OverTheRateLimit_Are429BeforeAnyPasswordCheck()
    {
        using var client = _site.Client();
        for (var attempt = 1; attempt <= LoginEndpoints.LoginAttemptsPerMinute; attempt++)
        {
            // Without the anti-forgery token: refused (400) without counting as a wrong password, but counted here.
            using var refused = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["password"] = "x" }));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        using var limited = await WebSite.LogInAsync(client, WebSite.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.InRange(limited.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        AssertSecurityHeaders(limited);
        using var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Found, page.StatusCode);
    }

    [Theory]
    [InlineData("/actions/pause", "length=1h")]
    [InlineData("/actions/stop", "")]
    [InlineData("/logout", "")]
    public async Task Post_WithoutAntiforgeryToken_Is400(string path, string form)
    {
        using var client = await LoggedInClientAsync();

        using var response = await client.PostAsync(path, new StringContent(form, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task ClearAttention_WithoutTheConfirmation_Is400AndNeverReachesTheDaemon()
    {
        using var client = await LoggedInClientAsync();
        var token = await WebSite.TokenAsync(client, "/actions");

        using var response = await client.PostAsync("/actions/resume", new FormUrlEncodedContent(new Dictionary<string, string> { ["csrf"] = token, ["clear_attention"] = "yes" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Tick the box once the problem is resolved on LinkedIn; nothing changed.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoginPost_WithoutAntiforgeryToken_Is400AndLogsNobodyIn()
    {
        using var client = _site.Client();
        await client.GetAsync("/login");

        using var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["password"] = WebSite.Password }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Found, page.StatusCode);
    }

    [Fact]
    public async Task EveryResponse_CarriesTheSecurityHeaders()
    {
        using var anonymous = _site.Client();
        using var client = await LoggedInClientAsync();
        string[] anonymousPaths = ["/login", "/", "/site.css", "/no-such-page"];
        string[] paths = ["/", "/actions", "/no-such-page", "/site.css"];

        foreach (var path in anonymousPaths)
        {
            using var response = await anonymous.GetAsync(path);
            AssertSecurityHeaders(response);
        }

        foreach (var path in paths)
        {
            using var response = await client.GetAsync(path);
            AssertSecurityHeaders(response);
        }

        using var notFound = await client.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        using var css = await anonymous.GetAsync("/site.css");
        Assert.Equal("text/css", css.Content.Headers.ContentType!.MediaType);
    }

    private async Task<HttpClient> LoggedInClientAsync()
    {
        var client = _site.Client();
        using var login = await WebSite.LogInAsync(client, WebSite.Password);
        Assert.Equal(HttpStatusCode.Found, login.StatusCode);
        return client;
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        string Header(string name) => string.Join(", ", response.Headers.TryGetValues(name, out var values) ? values : []);
        var where = $"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri!.AbsolutePath} ({(int)response.StatusCode})";
        Assert.True(Header("Content-Security-Policy") == "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'", where);
        Assert.True(Header("X-Frame-Options") == "DENY", where);
        Assert.True(Header("Referrer-Policy") == "no-referrer", where);
        Assert.True(Header("X-Content-Type-Options") == "nosniff", where);
    }
}
