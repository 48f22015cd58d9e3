using LinkedInAuto.Session;

namespace LinkedInAuto.Tests.Session;

public sealed class SessionCookieMapperTests
{
    private static readonly IReadOnlyList<SessionCookie> s_cookies =
    [
        new("li_at", "v1", ".www.linkedin.com", "/", SessionSamples.Now.AddDays(300), true, true, CookieSameSite.None),
        new("bcookie", "v2", ".linkedin.com", "/", SessionSamples.Now.AddDays(365), false, true, CookieSameSite.None),
        new("lang", "v3", "www.linkedin.com", "/feed", null, false, false, CookieSameSite.Lax),
        new("lang", "v4", ".linkedin.com", "/feed", null, false, true, CookieSameSite.Strict),
        new("NID", "v5", ".google.com", "/", null, true, true, CookieSameSite.Lax),
    ];

    [Theory]
    [InlineData("https://www.linkedin.com")]
    [InlineData("https://linkedin.com/")]
    public void ForBaseUrl_LinkedIn_KeepsLinkedInCookiesUnchanged(string baseUrl)
    {
        var mapped = SessionCookieMapper.ForBaseUrl(s_cookies, new Uri(baseUrl));

        Assert.Equal(s_cookies.Take(4), mapped);
    }

    [Fact]
    public void ForBaseUrl_LocalFake_RetargetsToTheHostWithoutSecureOnHttp()
    {
        var mapped = SessionCookieMapper.ForBaseUrl(s_cookies, new Uri("http://127.0.0.1:5123"));

        Assert.Equal(
            [
                new SessionCookie("li_at", "v1", "127.0.0.1", "/", SessionSamples.Now.AddDays(300), true, false, CookieSameSite.Lax),
                new SessionCookie("lang", "v3", "127.0.0.1", "/feed", null, false, false, CookieSameSite.Lax),
                new SessionCookie("bcookie", "v2", "127.0.0.1", "/", SessionSamples.Now.AddDays(365), false, false, CookieSameSite.Lax),
            ],
            mapped);
    }

    [Fact]
    public void ForBaseUrl_OtherHttpsHost_KeepsSecureAndSameSite()
    {
        var mapped = SessionCookieMapper.ForBaseUrl(s_cookies, new Uri("https://fake.test:8443"));

        var liAt = Assert.Single(mapped, c => c.Name == "li_at");
        Assert.Equal(s_cookies[0] with { Domain = "fake.test" }, liAt);
    }

    [Fact]
    public void FromBaseUrl_LocalFake_BringsTheHostsCookiesBackToLinkedIn()
    {
        var baseUrl = new Uri("http://127.0.0.1:5123");
        var browser = SessionCookieMapper.ForBaseUrl(s_cookies, baseUrl).Append(new SessionCookie("x", "y", "example.org", "/", null, false, false, CookieSameSite.Lax)).ToList();

        var saved = SessionCookieMapper.FromBaseUrl(browser, baseUrl);

        Assert.Equal(["li_at", "lang", "bcookie"], saved.Select(c => c.Name));
        Assert.All(saved, c => Assert.Equal(".linkedin.com", c.Domain));
        Assert.Equal(browser.Take(3), SessionCookieMapper.ForBaseUrl(saved, baseUrl));
    }

    [Fact]
    public void FromBaseUrl_LinkedIn_DropsOtherSites()
    {
        var saved = SessionCookieMapper.FromBaseUrl(s_cookies, new Uri("https://www.linkedin.com"));

        Assert.Equal(s_cookies.Take(4), saved);
    }

    [Theory]
    [InlineData(".linkedin.com", true)]
    [InlineData("linkedin.com", true)]
    [InlineData("www.linkedin.com", true)]
    [InlineData(".WWW.LinkedIn.com", true)]
    [InlineData(".linkedin.com.evil.org", false)]
    [InlineData("notlinkedin.com", false)]
    [InlineData("linkedin.co", false)]
    [InlineData("evil-linkedin.com", false)]
    public void IsLinkedInDomain_Domain_Classified(string domain, bool expected) =>
        Assert.Equal(expected, SessionValidator.IsLinkedInDomain(domain));
}
