using LinkedInAuto.Logging;

namespace LinkedInAuto.Tests.Logging;

public sealed class JournalFieldNameTests
{
    [Theory]
    [InlineData("RunId", "RUN_ID")]
    [InlineData("ProfileUrl", "PROFILE_URL")]
    [InlineData("BOT", "BOT")]
    [InlineData("runId", "RUN_ID")]
    [InlineData("HTTPServer", "HTTP_SERVER")]
    [InlineData("Attempt2Count", "ATTEMPT2_COUNT")]
    [InlineData("li_at", "LI_AT")]
    [InlineData("SourceContext", "SOURCE_CONTEXT")]
    [InlineData("_private", "XPRIVATE")]
    [InlineData("2fa", "X2FA")]
    [InlineData("@Mistake", "XMISTAKE")]
    [InlineData("Bot.Name", "BOTXNAME")]
    [InlineData("Ünïcode", "XNXCODE")]
    [InlineData("", "X")]
    public void FromPropertyName_MapsToUpperSnake(string property, string expected)
    {
        var field = JournalFieldName.FromPropertyName(property);

        Assert.Equal(expected, field);
        Assert.True(JournalFieldName.IsValid(field));
    }

    [Fact]
    public void FromPropertyName_LongName_CutAt64()
    {
        var field = JournalFieldName.FromPropertyName(new string('a', 70));

        Assert.Equal(new string('A', 64), field);
    }

    [Theory]
    [InlineData("foo", "FOO")]
    [InlineData("MESSAGE", "MESSAGE")]
    [InlineData("_PID", "XPID")]
    [InlineData("9LIVES", "X9LIVES")]
    [InlineData("a-b c", "AXBXC")]
    [InlineData("_", "X")]
    public void Sanitize_FollowsTmdsRules(string name, string expected)
    {
        Assert.Equal(expected, JournalFieldName.Sanitize(name));
    }

    [Theory]
    [InlineData("MESSAGE", true)]
    [InlineData("X9", true)]
    [InlineData("_PID", false)] // trusted fields are journald's
    [InlineData("9A", false)]
    [InlineData("lower", false)]
    [InlineData("", false)]
    public void IsValid_MatchesJournalFieldValid(string name, bool expected)
    {
        Assert.Equal(expected, JournalFieldName.IsValid(name));
        Assert.False(JournalFieldName.IsValid(new string('A', 65)));
    }
}
