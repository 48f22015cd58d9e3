using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;

namespace LinkedInAuto.Tests.Bots;

/// <summary>The birthday bot against the fake LinkedIn: exactly the eligible people, once each, with the right texts (bots issue, acceptance 1), on both markups.</summary>
public sealed class BirthdayBotTests
{
    // A Wednesday at 10:00 in Paris.
    private static readonly DateTimeOffset s_now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    private static readonly (string Today, string Late) s_french =
        ("# Aujourd'hui\nJoyeux anniversaire {first_name} !\n", "# En retard\nJoyeux anniversaire en retard, {first_name} ({days_late} j) !\n");

    private static readonly (string Today, string Late) s_english =
        ("Happy birthday {first_name}!\n", "Happy belated birthday, {first_name} ({days_late} days)!\n");

    [Theory]
    [InlineData("a")]
    [InlineData("b")]
    public async Task French_DryRunThenRunThenRerun_WishesEachEligiblePersonOnce(string markup)
    {
        await using var harness = await StartAsync("fr", s_french, markup);

        var dry = await harness.RunAsync("birthday", dryRun: true);
        Assert.Equal(RunOutcome.Succeeded, dry.Outcome);
        Assert.Empty(harness.Sent);
        Assert.Equal(BirthdayScenario.Eligible.Count, dry.Counts.Done);
        Assert.Equal(0, (await harness.Get<QuotaLedger>().GetUsageAsync()).GlobalToday);

        var run = await harness.RunAsync("birthday");
        Assert.Equal(RunOutcome.Succeeded, run.Outcome);
        AssertWished(harness, p => p.DaysAgo == 0 ? $"Joyeux anniversaire {p.FirstName} !" : $"Joyeux anniversaire en retard, {p.FirstName} ({p.DaysAgo} j) !");

        var again = await harness.RunAsync("birthday");
        Assert.Equal(RunOutcome.Succeeded, again.Outcome);
        Assert.Equal(0, again.Counts.Done);
        Assert.Equal(BirthdayScenario.Eligible.Count, harness.Sent.Count);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("b")]
    public async Task English_Run_WishesEachEligiblePersonOnceWithEnglishTexts(string markup)
    {
        await using var harness = await StartAsync("en", s_english, markup);

        var run = await harness.RunAsync("birthday");

        Assert.Equal(RunOutcome.Succeeded, run.Outcome);
        AssertWished(harness, p => p.DaysAgo == 0 ? $"Happy birthday {p.FirstName}!" : $"Happy belated birthday, {p.FirstName} ({p.DaysAgo} days)!");
        var wishes = await harness.Get<WishLedger>().FindForOccurrenceAsync("https://www.linkedin.com/in/lindsay-adams/", DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(s_now, BirthdaySite.Paris).DateTime));
        Assert.Equal(WishState.Verified, wishes!.State);
        Assert.Equal("Happy birthday Lindsay!", wishes.Text);
    }

    // Markup b: cards found by structure, names from the wish's label or the photo's alt, the sentence outside any paragraph.
    private static async Task<BirthdaySite> StartAsync(string language, (string, string) messages, string markup)
    {
        var site = await BirthdaySite.StartAsync(BirthdayScenario.Yaml(language), s_now, messages, config =>
        {
            config.Birthday.MaxDaysLate = 10;
            config.Blacklist = [.. BirthdayScenario.Blacklist];
        });
        site.Fake.Faults.Markup = markup;
        return site;
    }

    private static void AssertWished(BirthdaySite harness, Func<BirthdayPerson, string> expectedText)
    {
        var sent = harness.Sent;
        Assert.Equal(
            BirthdayScenario.Eligible.Select(p => p.Url).Order(StringComparer.Ordinal),
            sent.Select(a => a.ProfileUrl!).Order(StringComparer.Ordinal));
        foreach (var person in BirthdayScenario.Eligible)
        {
            Assert.Equal(expectedText(person), Assert.Single(sent, a => a.ProfileUrl == person.Url).Text);
        }
    }
}
