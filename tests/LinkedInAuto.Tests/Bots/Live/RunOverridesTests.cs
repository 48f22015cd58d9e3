using FakeLinkedIn;
using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Configuration;
using LinkedInAuto.Storage.Entities;

namespace LinkedInAuto.Tests.Bots.Live;

/// <summary>One-off run options (`run visitor --keywords … --location … --limit N`, `run birthday --max-days-late N`) apply to that run only (issue 15).</summary>
public sealed class RunOverridesTests(VisitorFakes fakes) : IClassFixture<VisitorFakes>
{
    // A Wednesday at 10:00 in Paris.
    private static readonly DateTimeOffset s_now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Visitor_KeywordsAndLimit_ApplyToThatRunOnly()
    {
        var fake = fakes.Fresh("en");
        await using var harness = await BotHarness.CreateAsync(fake, c =>
        {
            VisitorScenario.Configure(c);
            c.Quotas.Visit.Daily = 5;
        });

        var limited = await harness.Get<BotRunner>().RunAsync(
            new RunRequest("visitor", RunTrigger.Manual, Overrides: new RunOverrides(Keywords: "DevOps", Location: VisitorScenario.Geo, Limit: 2)), null, CancellationToken.None);

        Assert.True(limited.Outcome == RunOutcome.Succeeded, limited.Reason);
        Assert.Equal("visit limit of 2 for this run reached", limited.Reason);
        Assert.Equal(2, Viewed(fake).Count);
        Assert.All(Searches(fake), q => Assert.DoesNotContain("AWS", q, StringComparison.Ordinal)); // the configured search is DevOps (AWS OR Azure)

        var searchesBefore = Searches(fake).Count;
        var next = await harness.RunAsync("visitor");

        Assert.True(next.Outcome == RunOutcome.Succeeded, next.Reason);
        Assert.Contains("daily visit quota of 5", next.Reason, StringComparison.Ordinal);
        Assert.Equal(5, Viewed(fake).Count);
        Assert.All(Searches(fake).Skip(searchesBefore), q => Assert.Contains("AWS", q, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Birthday_MaxDaysLate_AppliesToThatRunOnly()
    {
        await using var site = await BirthdaySite.StartAsync(
            BirthdayScenario.Yaml("en"), s_now, ("Happy birthday {first_name}!\n", "Happy belated birthday, {first_name}!\n"), config => config.Birthday.MaxDaysLate = 10);

        var narrow = await site.Product.Get<BotRunner>().RunAsync(
            new RunRequest("birthday", RunTrigger.Manual, Overrides: new RunOverrides(MaxDaysLate: 3)), null, CancellationToken.None);

        Assert.Equal(RunOutcome.Succeeded, narrow.Outcome);
        Assert.Equal(Wishable(3), site.Sent.Select(a => a.ProfileUrl!).Order(StringComparer.Ordinal));

        var usual = await site.RunAsync("birthday");

        Assert.Equal(RunOutcome.Succeeded, usual.Outcome);
        Assert.Equal(Wishable(10), site.Sent.Select(a => a.ProfileUrl!).Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> Wishable(int maxDaysLate) =>
        BirthdayScenario.People.Where(p => p.Degree == 1 && p.DaysAgo <= maxDaysLate).Select(p => p.Url).Order(StringComparer.Ordinal);

    private static List<string> Viewed(FakeLinkedInServer fake) =>
        [.. fake.Actions.Snapshot().Where(a => a.Kind == FakeActionKinds.ProfileViewed).Select(a => a.ProfileSlug!)];

    private static List<string> Searches(FakeLinkedInServer fake) =>
        [.. fake.Actions.Snapshot().Where(a => a.Kind == FakeActionKinds.Search).Select(a => a.Query!)];
}
