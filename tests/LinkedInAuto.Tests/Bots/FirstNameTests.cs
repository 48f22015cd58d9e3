using LinkedInAuto.Bots.Birthday;

namespace LinkedInAuto.Tests.Bots;

public sealed class FirstNameTests
{
    [Theory]
    [InlineData("Marie Curie", null, "Marie")]
    [InlineData("Jean-Pierre de la Tour", null, "Jean-Pierre")]
    [InlineData("JEAN-PIERRE DE LA TOUR", null, "Jean-Pierre")]
    [InlineData("marie martin", null, "Marie")]
    [InlineData("Dr Lindsay Adams", null, "Lindsay")]
    [InlineData("Dr. Thierry O’Neil", null, "Thierry")]
    [InlineData("Pr. Avril Dupont", null, "Avril")]
    [InlineData("McKenzie Brown", null, "McKenzie")]
    [InlineData("Marie (elle) Martin", null, "Marie")]
    [InlineData("Nadia 🌟", null, "Nadia")]
    [InlineData("Jean-Pierre de la Tour", "Jean-Pierre", "Jean-Pierre")]
    [InlineData("Anne-Sophie Moreau", "ANNE-SOPHIE", "Anne-Sophie")]
    [InlineData("o'neil thierry", null, "O'Neil")]
    public void For_GivesTheGreetingName(string fullName, string? fromSentence, string expected) =>
        Assert.Equal(expected, FirstName.For(fullName, fromSentence));
}
