using LinkedInAuto.Pages.Text;

namespace LinkedInAuto.Tests.Pages;

public sealed class PageTextTests
{
    [Fact]
    public void Normalize_CurlyQuotesAndNoBreakSpaces_BecomePlain() =>
        Assert.Equal("vous avez atteint la limite d'invitations !", PageText.Normalize("Vous avez  atteint la limite d’invitations\u202F!"));

    [Theory]
    [InlineData("Senior DevOps Engineer", "devops", true)]
    [InlineData("Ingénieur Sécurité", "securite", true)]
    [InlineData("Lindsay Adams", "say", false)]
    [InlineData("Nadia", "ad", false)]
    [InlineData("Thierry O’Neil", "hier", false)]
    [InlineData("Crypto & Web3 lead generation", "lead generation", true)]
    public void ContainsWord_MatchesWholeWordsOnly(string text, string word, bool expected) =>
        Assert.Equal(expected, PageText.ContainsWord(text, word));
}
