using LinkedInAuto.Bots.Visitor;

namespace LinkedInAuto.Tests.Bots;

public sealed class ProfileTextTests
{
    [Theory]
    [InlineData("1st", 1)]
    [InlineData("2nd", 2)]
    [InlineData("3rd+", 3)]
    [InlineData("· 2nd", 2)]
    [InlineData("• 3rd+", 3)]
    [InlineData("2nd degree connection", 2)]
    [InlineData("1er", 1)]
    [InlineData("2e", 2)]
    [InlineData("3e et +", 3)]
    [InlineData("2ème", 2)]
    public void Degree_ReadsTheBadge(string text, int expected) => Assert.Equal(expected, DegreeText.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("500+ connections")]
    [InlineData("Level 2 support")]
    [InlineData("4th")]
    public void Degree_OtherTexts_AreNull(string text) => Assert.Null(DegreeText.Parse(text));

    [Theory]
    [InlineData("US Navy · Full-time", "US Navy")]
    [InlineData("Vins & Co · CDI", "Vins & Co")]
    [InlineData("Scaleway", "Scaleway")]
    [InlineData("  ", null)]
    public void Company_IsThePartBeforeTheDot(string caption, string? expected) => Assert.Equal(expected, ProfileReader.CompanyOf(caption));
}
