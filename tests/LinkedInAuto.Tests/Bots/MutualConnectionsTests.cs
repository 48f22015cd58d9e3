using LinkedInAuto.Bots.Invitations;

namespace LinkedInAuto.Tests.Bots;

public sealed class MutualConnectionsTests
{
    [Theory]
    [InlineData("Thierry O’Neil and 11 other mutual connections", 12)]
    [InlineData("Paul Girard and 1 other mutual connection", 2)]
    [InlineData("May Chen is a mutual connection", 1)]
    [InlineData("May Chen and Paul Girard are mutual connections", 2)]
    [InlineData("12 mutual connections", 12)]
    [InlineData("1 mutual connection", 1)]
    [InlineData("1,024 mutual connections", 1024)]
    [InlineData("Thierry O’Neil et 11 autres relations en commun", 12)]
    [InlineData("Thierry O’Neil et 1 autre relation en commun", 2)]
    [InlineData("May Chen est une relation que vous avez en commun", 1)]
    [InlineData("May Chen et Paul Girard sont des relations en commun", 2)]
    [InlineData("12 relations en commun", 12)]
    [InlineData("1\u00a0relation en commun", 1)]
    [InlineData("1\u202f024 relations en commun", 1024)]
    public void Parse_CountsTheNamedPersonToo(string text, int expected) =>
        Assert.Equal(expected, MutualConnections.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("SRE at Scaleway")]
    [InlineData("12 connections")]
    [InlineData("500+ relations")]
    [InlineData("Hi, we have 3 mutual friends")]
    [InlineData("Sent 3 weeks ago")]
    public void Parse_OtherTexts_AreNotMutualLines(string? text) =>
        Assert.Null(MutualConnections.Parse(text));
}
