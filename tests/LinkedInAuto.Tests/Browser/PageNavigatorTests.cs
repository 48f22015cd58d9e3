using LinkedInAuto.Browser;

namespace LinkedInAuto.Tests.Browser;

public sealed class PageNavigatorTests
{
    private static readonly Uri s_fake = new("http://127.0.0.1:5123/");

    [Theory]
    [InlineData("/mynetwork/catch-up/birthday/", "http://127.0.0.1:5123/mynetwork/catch-up/birthday/")]
    [InlineData("/in/marie-curie-42/?miniProfileUrn=x", "http://127.0.0.1:5123/in/marie-curie-42/?miniProfileUrn=x")]
    [InlineData("https://www.linkedin.com/in/marie/#top", "http://127.0.0.1:5123/in/marie/#top")]
    [InlineData("http://127.0.0.1:5123/feed/", "http://127.0.0.1:5123/feed/")]
    public void Resolve_SitePathsAndLinkedInUrls_LandOnTheBaseUrl(string input, string expected)
    {
        Assert.Equal(new Uri(expected), PageNavigator.Resolve(s_fake, input));
    }

    [Fact]
    public void Resolve_Production_KeepsLinkedIn()
    {
        Assert.Equal(new Uri("https://www.linkedin.com/feed/"), PageNavigator.Resolve(new Uri("https://www.linkedin.com"), "/feed/"));
    }

    [Theory]
    [InlineData("https://evil.example/in/x")]
    [InlineData("//evil.example/x")]
    [InlineData("file:///etc/passwd")]
    [InlineData("https://notlinkedin.com/x")]
    public void Resolve_OffSite_IsRefused(string input)
    {
        Assert.Throws<ArgumentException>(() => PageNavigator.Resolve(s_fake, input));
    }
}
