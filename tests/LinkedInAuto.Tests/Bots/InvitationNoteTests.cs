using LinkedInAuto.Bots.Invitations;

namespace LinkedInAuto.Tests.Bots;

/// <summary>The note of a received invitation is the card's message text, with or without a Reply control; the card's known parts never are.</summary>
public sealed class InvitationNoteTests
{
    [Theory]
    [InlineData("Student", "Ana Costa is a mutual connection", "Hello, I would love to learn from your work.", "Hello, I would love to learn from your work.")]
    [InlineData("Étudiante", "12 relations en commun", "Bonjour, ravie de vous rencontrer !", "Bonjour, ravie de vous rencontrer !")]
    [InlineData("Recruiter", "Great to meet you!", "Reply", "Great to meet you!")]
    [InlineData("Recruteur", "Ravi de vous rencontrer hier au meetup de Lyon.", "…voir plus", "Ravi de vous rencontrer hier au meetup de Lyon.")]
    public void Read_MessageTextWithOrWithoutControls_IsTheNote(string headline, string second, string third, string note) =>
        Assert.Equal(note, InvitationNote.Read([headline, second, third], "Gaëlle Roux", headline));

    [Theory]
    [InlineData("Business analyst", "May Chen and 8 other mutual connections", "2 days ago")]
    [InlineData("Analyste métier", "May Chen et Léa Durand sont des relations en commun", "il y a 3 semaines")]
    [InlineData("Product designer", "Gaëlle Roux", "· 3rd+ mutual connections soon")]
    [InlineData("Product designer", "Sent yesterday", "See more")]
    public void Read_CardWithoutNote_IsNull(string headline, string second, string third) =>
        Assert.Null(InvitationNote.Read([headline, second, third], "Gaëlle Roux", headline));

    [Fact]
    public void Read_LongSentenceSayingYesterday_IsANote_NotATimeLine() =>
        Assert.NotNull(InvitationNote.Read(["Student", "We met yesterday at the DevOps meetup in Lyon, remember?"], "Gaëlle Roux", "Student"));
}
