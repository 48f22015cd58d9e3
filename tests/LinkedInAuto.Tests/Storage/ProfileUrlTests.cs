using LinkedInAuto.Storage;

namespace LinkedInAuto.Tests.Storage;

public sealed class ProfileUrlTests
{
    [Theory]
    [InlineData("https://www.linkedin.com/in/jean-dupont/", "https://www.linkedin.com/in/jean-dupont/")]
    [InlineData("https://www.linkedin.com/in/jean-dupont", "https://www.linkedin.com/in/jean-dupont/")]
    [InlineData("http://fr.linkedin.com/in/Jean-Dupont/?originalSubdomain=fr#top", "https://www.linkedin.com/in/jean-dupont/")]
    [InlineData("https://linkedin.com/in/jean-dupont/detail/contact-info/", "https://www.linkedin.com/in/jean-dupont/")]
    [InlineData(" https://www.linkedin.com/in/j%C3%A9r%C3%B4me/ ", "https://www.linkedin.com/in/j%C3%A9r%C3%B4me/")]
    [InlineData("https://www.linkedin.com/in/JÉRÔME", "https://www.linkedin.com/in/j%C3%A9r%C3%B4me/")]
    [InlineData("http://127.0.0.1:5080/in/Fake-User/", "http://127.0.0.1:5080/in/fake-user/")]
    public void Canonicalize_Spellings_GiveOneUrl(string input, string expected) => Assert.Equal(expected, ProfileUrl.Canonicalize(input));

    [Theory]
    [InlineData("Jean Dupont")]
    [InlineData("https://www.linkedin.com/company/acme/")]
    [InlineData("https://www.linkedin.com/in/")]
    [InlineData("ftp://www.linkedin.com/in/jean/")]
    public void Canonicalize_NotAProfile_Throws(string input) => Assert.Throws<ArgumentException>(() => ProfileUrl.Canonicalize(input));
}
