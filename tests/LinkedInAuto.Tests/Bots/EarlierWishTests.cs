using LinkedInAuto.Bots.Birthday;
using LinkedInAuto.Bots.Messaging;
using LinkedInAuto.Pages.Text;

namespace LinkedInAuto.Tests.Bots;

/// <summary>Reading a conversation for the owner's wish of the same birthday, and the day headings it relies on (FR, EN).</summary>
public sealed class EarlierWishTests
{
    // Wednesday 25 November 2026; Éloïse's birthday was on Monday 23.
    private static readonly DateOnly s_today = new(2026, 11, 25);
    private static readonly DateOnly s_birthday = new(2026, 11, 23);
    private const string Eloise = "https://www.linkedin.com/in/eloise-durand/";
    private const string Me = "https://www.linkedin.com/in/camille-durand/";

    private static readonly BirthdayCard s_card = new(Eloise, "Éloïse Durand", "Éloïse", "", ElapsedText.Past(2), true, false);

    [Theory]
    [InlineData("Today", 0)]
    [InlineData("Aujourd’hui", 0)]
    [InlineData("Yesterday", 1)]
    [InlineData("Hier", 1)]
    [InlineData("Monday", 2)]
    [InlineData("lundi", 2)]
    [InlineData("Wednesday", 7)]
    [InlineData("Nov 18", 7)]
    [InlineData("18 nov.", 7)]
    [InlineData("Dec 26", 334)]
    [InlineData("Nov 25, 2025", 365)]
    [InlineData("25 nov. 2025", 365)]
    [InlineData("23 novembre 2026", 2)]
    public void MessageDay_ReadsTheHeadingsOfBothLanguages(string heading, int daysAgo)
    {
        Assert.Equal(s_today.AddDays(-daysAgo), MessageDay.Parse(heading, s_today));
    }

    [Theory]
    [InlineData("")]
    [InlineData("10:32 AM")]
    [InlineData("Thierry")]
    [InlineData("30 févr. 2026")]
    public void MessageDay_UnreadableHeadings_AreUnknown(string heading)
    {
        Assert.Null(MessageDay.Parse(heading, s_today));
    }

    [Theory]
    [InlineData("Joyeux anniversaire Éloïse !")]
    [InlineData("Bon anniv' ma belle 🎂")]
    [InlineData("Bonne fête Éloïse")]
    [InlineData("Happy birthday Éloïse!")]
    [InlineData("HBD!")]
    [InlineData("Have a great b-day")]
    public void OwnersBirthdayMessage_OnOrAfterTheBirthday_IsFound(string text)
    {
        Assert.NotNull(Find(new ThreadMessage(text, Me, "Monday", s_birthday)));
        Assert.NotNull(Find(new ThreadMessage(text, Me, "Today", s_today)));
    }

    [Fact]
    public void TheContactsOwnMessages_LastYearsWish_AndAWishBeforeTheBirthday_AreNotThisBirthdaysWish()
    {
        Assert.Null(Find(
            new ThreadMessage("Joyeux anniversaire Éloïse !", Me, "23 nov. 2025", new DateOnly(2025, 11, 23)),
            new ThreadMessage("Merci pour les vœux d’anniversaire !", Eloise, "24 nov. 2025", new DateOnly(2025, 11, 24)),
            new ThreadMessage("Bon anniversaire en avance !", Me, "Saturday", s_birthday.AddDays(-2)),
            new ThreadMessage("On se voit jeudi ?", Me, "Today", s_today),
            new ThreadMessage("Happy birthday to me, thanks all", Eloise, "Monday", s_birthday)));
    }

    [Fact]
    public void AWishLaterThanTheLateWindow_IsAnotherBirthdays()
    {
        var late = new ThreadMessage("Joyeux anniversaire !", Me, "4 déc.", s_birthday.AddDays(8));

        Assert.Null(EarlierWish.Find([late], s_card, s_birthday, maxDaysLate: 6, Catalog()));
        Assert.NotNull(EarlierWish.Find([late], s_card, s_birthday, maxDaysLate: 7, Catalog()));
    }

    [Fact]
    public void Doubts_CountAsAWish_AnUnreadableDayOrSender()
    {
        Assert.NotNull(Find(new ThreadMessage("Joyeux anniversaire Éloïse !", Me, "", null)));
        Assert.NotNull(Find(new ThreadMessage("Joyeux anniversaire Éloïse !", null, "Monday", s_birthday)));
    }

    [Fact]
    public void OneOfTheConfiguredTemplates_CountsEvenWithoutABirthdayWord()
    {
        Assert.NotNull(Find(new ThreadMessage("Tous mes vœux pour cette nouvelle année, Éloïse ✨", Me, "Monday", s_birthday)));
        Assert.NotNull(Find(new ThreadMessage("Avec un peu de retard, Éloïse : tous mes vœux (2 j) !", Me, "Today", s_today)));
        Assert.Null(Find(new ThreadMessage("Tous mes vœux pour ton nouveau poste, Éloïse", Me, "Monday", s_birthday)));
    }

    private static ThreadMessage? Find(params ThreadMessage[] messages) =>
        EarlierWish.Find(messages, s_card, s_birthday, maxDaysLate: 7, Catalog());

    private static MessageCatalog Catalog()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("birthday.txt"), "Tous mes vœux pour cette nouvelle année, {first_name} ✨\n");
        File.WriteAllText(dir.File("late.txt"), "Avec un peu de retard, {first_name} : tous mes vœux ({days_late} j) !\n");
        return MessageCatalog.Load(dir.Path);
    }
}
