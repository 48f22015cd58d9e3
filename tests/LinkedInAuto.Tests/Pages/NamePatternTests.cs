using LinkedInAuto.Pages.Selectors;

namespace LinkedInAuto.Tests.Pages;

/// <summary>Names read out of labels and alts that name the person, as displayed (case, accents), FR and EN.</summary>
public sealed class NamePatternTests
{
    [Theory]
    [InlineData("Withdraw invitation sent to {name}", "Withdraw invitation sent to Rosa Díaz", "Rosa Díaz")]
    [InlineData("Retirer l'invitation envoyée à {name}", "Retirer l’invitation envoyée à Jean-Pierre de la Tour", "Jean-Pierre de la Tour")]
    [InlineData("Accept {name}'s invitation", "Accept Thierry O’Neil’s invitation", "Thierry O’Neil")]
    [InlineData("Accepter l'invitation de {name}", "accepter l’invitation de Léa Chevalier", "Léa Chevalier")]
    [InlineData("Send a message to {name}", "Send a message to\u00A0May Chen", "May Chen")]
    [InlineData("Photo of {name}", "Photo of Lindsay Adams", "Lindsay Adams")]
    [InlineData("{name}", "Marie Curie", "Marie Curie")]
    public void Read_GivesTheNameAsDisplayed(string pattern, string text, string name) =>
        Assert.Equal(name, NamePattern.Read([pattern], text));

    [Theory]
    [InlineData("Follow {name}", "Following Jane Doe")]
    [InlineData("Withdraw invitation sent to {name}", "Withdraw")]
    [InlineData("Accept {name}'s invitation", "Accept invitation")]
    [InlineData("{name}", "")]
    public void Read_WithoutAName_IsNull(string pattern, string text) =>
        Assert.Null(NamePattern.Read([pattern], text));

    [Fact]
    public void Read_TakesTheFirstPatternThatMatches_SoPrefixesComeBeforeTheBareName()
    {
        Assert.Equal("Ben Okafor", NamePattern.Read(["Photo of {name}", "{name}"], "Photo of Ben Okafor"));
        Assert.Null(NamePattern.Read(["{name}"], new string('x', NamePattern.MaxNameLength + 1)));
    }
}
