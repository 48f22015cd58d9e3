using LinkedInAuto.Pages.Text;

namespace LinkedInAuto.Tests.Pages;

/// <summary>The test vectors of docs/linkedin-pages.md §4.6, reference date Tue 18 Nov 2025 unless stated.</summary>
public sealed class ElapsedTextParserTests
{
    private static readonly DateOnly s_reference = new(2025, 11, 18);

    [Theory]
    [InlineData("Célébrez l'anniversaire de Céline aujourd'hui", 0)] // 1 observed form
    [InlineData("Célébrez l’anniversaire de Céline aujourd’hui", 0)] // 2 curly apostrophes
    [InlineData("Célébrez l'anniversaire récent de Frédéric le 10 nov.", 8)] // 3
    [InlineData("Célébrez l'anniversaire récent de Thierry le 10 nov.", 8)] // 4 "Thierry" contains "hier"
    [InlineData("Célébrez l'anniversaire de Thierry aujourd'hui", 0)] // 5
    [InlineData("hier", 1)] // 6
    [InlineData("avant-hier", 2)] // 7 not 1
    [InlineData("Célébrez l'anniversaire récent de Marie le 8 nov.", 10)] // 8 late-window boundary
    [InlineData("Célébrez l'anniversaire récent de Marie le 7 nov.", 11)] // 8
    [InlineData("le 1er nov.", 17)] // 9 ordinal
    [InlineData("Célébrez l'anniversaire récent de Marie le\u00A010\u00A0nov.", 8)] // 10 no-break space
    [InlineData("Célébrez l'anniversaire récent de Marie le\u202F10\u202Fnov.", 8)] // 10 narrow no-break space
    [InlineData("le 24 oct.", 25)] // 11
    [InlineData("Oct 24", 25)] // 11
    [InlineData("24 Oct", 25)] // 11
    [InlineData("October 24", 25)] // 11
    [InlineData("Célébrez l'anniversaire récent d'Avril le 3 nov.", 15)] // 12 name = FR month
    [InlineData("Celebrate May's birthday today", 0)] // 13 name = EN month
    [InlineData("Celebrate Lindsay's birthday today", 0)] // 14 name contains "say"
    [InlineData("Celebrate Jane’s recent birthday on Nov 10", 8)] // 15 EN late
    [InlineData("2 days ago", 2)] // 16
    [InlineData("il y a 3 jours", 3)] // 16
    [InlineData("il y a 1 jour", 1)] // 16
    [InlineData("1 week ago", 7)] // 17
    [InlineData("il y a 1 semaine", 7)] // 17
    [InlineData("il y a une semaine", 7)] // 17
    [InlineData("2 weeks ago", 14)] // 18
    [InlineData("il y a 2 semaines", 14)] // 18
    [InlineData("1 month ago", 30)] // 19
    [InlineData("il y a 1 mois", 30)] // 19
    [InlineData("Sent 3 months ago", 90)] // 20 sent invitations
    [InlineData("Envoyée il y a 4 mois", 120)] // 20
    [InlineData("1 year ago", 365)] // 21
    [InlineData("il y a 1 an", 365)] // 21
    [InlineData("il y a 2 ans", 730)] // 21
    [InlineData("Sent today", 0)] // 22
    [InlineData("Envoyée aujourd’hui", 0)] // 22
    [InlineData("Sent yesterday", 1)] // 22
    [InlineData("3 hours ago", 0)] // 23
    [InlineData("il y a 5 heures", 0)] // 23
    [InlineData("il y a 10 minutes", 0)] // 23
    [InlineData("Sent last week", 7)] // 24 lower bound
    [InlineData("la semaine dernière", 7)] // 24
    [InlineData("an hour ago", 0)]
    [InlineData("Celebrate Thierry's recent birthday on Nov 17th", 1)]
    public void Parse_PastText_GivesDaysAgo(string text, int expectedDays)
    {
        var result = ElapsedTextParser.Parse(text, s_reference);

        Assert.Equal(ElapsedKind.Past, result.Kind);
        Assert.Equal(expectedDays, result.Days);
    }

    [Theory]
    [InlineData("Birthday in 2 days")] // 25 upcoming, not late
    [InlineData("Anniversaire dans 2 jours")] // 25
    public void Parse_FutureText_IsUpcoming(string text) =>
        Assert.Equal(ElapsedKind.Upcoming, ElapsedTextParser.Parse(text, s_reference).Kind);

    [Fact]
    public void Parse_DateLongAgo_IsTooOld()
    {
        var result = ElapsedTextParser.Parse("Birthday on Dec 20", s_reference); // 26: last occurrence 333 days ago

        Assert.Equal(new ElapsedText(ElapsedKind.TooOld, 333, false), result);
    }

    [Theory]
    [InlineData("le 30 févr.")] // 27 impossible date
    [InlineData("Say happy birthday")] // 28 no date
    [InlineData("Joyeux anniversaire avec un peu de retard !")] // 28
    [InlineData("12 relations en commun")] // 29 numbers that are not durations
    [InlineData("12 mutual connections")] // 29
    [InlineData("Avril Dupont")]
    [InlineData("May Chen")]
    [InlineData("3 days")]
    [InlineData("")]
    public void Parse_NoDate_IsUnknown(string text) =>
        Assert.Equal(ElapsedKind.Unknown, ElapsedTextParser.Parse(text, s_reference).Kind);

    [Theory]
    [InlineData("Célébrez l'anniversaire récent de Paul le 30 déc.")] // 30 year wrap
    [InlineData("Celebrate Paul's recent birthday on Dec 30")] // 30
    public void Parse_AcrossNewYear_CountsFromLastYear(string text)
    {
        var result = ElapsedTextParser.Parse(text, new DateOnly(2026, 1, 3));

        Assert.Equal(ElapsedText.Past(4), result);
    }

    [Fact]
    public void Parse_LeapDay_InLeapYear_IsRead()
    {
        var result = ElapsedTextParser.Parse("le 29 févr.", new DateOnly(2024, 3, 2));

        Assert.Equal(ElapsedText.Past(2), result);
    }

    [Fact]
    public void Parse_MonthsAgo_IsALowerBound() =>
        Assert.True(ElapsedTextParser.Parse("Sent 1 month ago", s_reference).IsLowerBound);
}
