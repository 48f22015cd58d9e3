using LinkedInAuto.Bots.Invitations;
using LinkedInAuto.Configuration;

namespace LinkedInAuto.Tests.Bots;

public sealed class InvitationRulesTests
{
    private static readonly ReceivedInvitationOptions s_options = new()
    {
        Accept = new AcceptRules { MinMutual = 10, HeadlineKeywords = ["DevOps", "site reliability", "Ingénieur"], WithNote = true },
        IgnoreHeadlineKeywords = ["crypto", "Forex"],
    };

    [Theory]
    [InlineData("Crypto trader", 20, true, "Ignore", "ignore_headline_keywords:crypto")]
    [InlineData("DevOps · FOREX signals", 0, false, "Ignore", "ignore_headline_keywords:Forex")]
    [InlineData("SRE at Scaleway", 10, false, "Accept", "min_mutual")]
    [InlineData("Senior DevOps Engineer", 0, false, "Accept", "headline_keywords:DevOps")]
    [InlineData("devops", 0, false, "Accept", "headline_keywords:DevOps")]
    [InlineData("Site Reliability Engineer", 0, false, "Accept", "headline_keywords:site reliability")]
    [InlineData("INGENIEUR système", 0, false, "Accept", "headline_keywords:Ingénieur")]
    [InlineData("Student", 0, true, "Accept", "with_note")]
    [InlineData("Cryptographer", 0, false, "Leave", "no_rule")]
    [InlineData("DevOpsDays organiser", 9, false, "Leave", "no_rule")]
    [InlineData("Product Owner", 1, false, "Leave", "no_rule")]
    public void Decide_IgnoreFirstThenAcceptRulesElseLeave(string headline, int mutual, bool note, string verdict, string rule)
    {
        var invitation = new ReceivedInvitation("https://www.linkedin.com/in/x/", "X Y", headline, mutual, note ? "Hello!" : null);

        var decision = InvitationRules.Decide(invitation, s_options);

        Assert.Equal((Enum.Parse<InvitationVerdict>(verdict), rule), (decision.Verdict, decision.Rule));
    }

    [Fact]
    public void Decide_MinMutualZero_IsOff()
    {
        var options = new ReceivedInvitationOptions { Accept = new AcceptRules { MinMutual = 0 } };

        var decision = InvitationRules.Decide(new ReceivedInvitation("https://www.linkedin.com/in/x/", "X", "", 0, null), options);

        Assert.Equal(InvitationVerdict.Leave, decision.Verdict);
    }

    [Fact]
    public void Decide_NoteWithoutWithNote_IsLeft()
    {
        var options = new ReceivedInvitationOptions { Accept = new AcceptRules { MinMutual = 5 } };

        var decision = InvitationRules.Decide(new ReceivedInvitation("https://www.linkedin.com/in/x/", "X", "Student", 4, "Please connect"), options);

        Assert.Equal(InvitationVerdict.Leave, decision.Verdict);
    }
}
