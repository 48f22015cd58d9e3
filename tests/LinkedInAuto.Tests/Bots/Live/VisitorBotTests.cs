using FakeLinkedIn;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace LinkedInAuto.Tests.Bots.Live;

/// <summary>The two fakes of the visitor scenario.</summary>
public sealed class VisitorFakes() : LiveFakes(VisitorScenario.Yaml);

/// <summary>The visitor bot on real Chromium against the fake LinkedIn (issue #6, acceptance 4 and 5), FR and EN, on both markups.</summary>
public sealed class VisitorBotTests(VisitorFakes fakes) : IClassFixture<VisitorFakes>
{
    [Theory]
    [InlineData("en", "a")]
    [InlineData("fr", "a")]
    [InlineData("en", "b")]
    [InlineData("fr", "b")]
    public async Task Run_ThreePageSearch_VisitsUpToTheCap_SkipsRecentVisits_AndKeepsTheProfileFields(string language, string markup)
    {
        var fake = fakes.Fresh(language);
        fake.Faults.Markup = markup; // b: results by structure, names from the link text, profile fields from the top card's lines
        await using var harness = await BotHarness.CreateAsync(fake, c =>
        {
            VisitorScenario.Configure(c);
            c.Quotas.Visit.Daily = 6;
        });
        var members = VisitorScenario.Found(language);
        var recent = members.Where(m => m.Number is (<= 18 and not 9) && m.Degree is not null).Select(m => m.Slug).ToList();
        await SeedVisitsAsync(harness, recent, TimeSpan.FromDays(2));
        await SeedVisitsAsync(harness, ["devops-21"], TimeSpan.FromDays(200)); // older than revisit_after: due again

        var result = await harness.RunAsync("visitor");

        Assert.True(result.Outcome == RunOutcome.Succeeded, result.Reason);
        Assert.Contains("daily visit quota of 6", result.Reason, StringComparison.Ordinal);
        string[] expected = ["devops-09", "devops-19", "devops-20", "devops-21", "devops-22", "devops-23"];
        Assert.Equal(expected, Viewed(fake));
        Assert.Equal(["page=1", "page=2", "page=3"], fake.Actions.Snapshot().Where(a => a.Kind == FakeActionKinds.Search).Select(a => a.Query![a.Query!.LastIndexOf("page=", StringComparison.Ordinal)..]));
        Assert.All(fake.Actions.Snapshot().Where(a => a.Kind == FakeActionKinds.Search), a => Assert.Contains("geoUrn=%5B%22" + VisitorScenario.Geo + "%22%5D", a.Query, StringComparison.Ordinal));
        Assert.Equal((6, 16), (result.Counts.Done, result.Counts.Skipped)); // the anonymous row and the other 8+8 of pages 1–2

        // Only the five fields are kept, as the profile shows them.
        var visits = (await harness.VisitsAsync()).Where(v => v.RunId == result.RunId).ToList();
        Assert.Equal(expected.Select(VisitorScenario.Url), visits.Select(v => v.Contact!.ProfileUrl));
        foreach (var visit in visits)
        {
            var member = members.Single(m => VisitorScenario.Url(m.Slug) == visit.Contact!.ProfileUrl);
            Assert.Equal((member.Name, member.Headline, member.Location, member.Company, member.Degree), (visit.FullName, visit.Headline, visit.Location, visit.Company, visit.Degree));
            Assert.False(visit.DryRun);
        }

        Assert.Equal(6, (await harness.Get<QuotaLedger>().GetUsageAsync()).TodayOf(ActionKind.Visit));
    }

    [Fact]
    public async Task DryRun_OpensNoProfile_RecordsEveryDueVisitAsRehearsal_AndStopsOnTheLastPage()
    {
        var fake = fakes.Fresh("en");
        await using var harness = await BotHarness.CreateAsync(fake, VisitorScenario.Configure);

        var result = await harness.RunAsync("visitor", dryRun: true);

        Assert.True(result.Outcome == RunOutcome.Succeeded, result.Reason);
        Assert.Empty(Viewed(fake));
        Assert.Equal(3, fake.Actions.Snapshot().Count(a => a.Kind == FakeActionKinds.Search)); // page 3's Next is disabled: no page 4
        var visits = await harness.VisitsAsync();
        Assert.Equal(25, visits.Count);
        Assert.All(visits, v => Assert.True(v.DryRun));
        Assert.Empty(await harness.LedgerAsync());
        Assert.Null(await harness.Get<VisitStore>().LastVisitAsync(VisitorScenario.Url("devops-01")));
    }

    [Fact]
    public async Task Run_PagesWithNobodyDue_StopTheSearchAfterStopAfterEmptyPages()
    {
        var fake = fakes.Fresh("en");
        await using var harness = await BotHarness.CreateAsync(fake, VisitorScenario.Configure);
        await SeedVisitsAsync(harness, VisitorScenario.Found("en").Where(m => m.Degree is not null).Select(m => m.Slug), TimeSpan.FromDays(1));

        var result = await harness.RunAsync("visitor");

        Assert.True(result.Outcome == RunOutcome.Succeeded, result.Reason);
        Assert.Empty(Viewed(fake));
        Assert.Equal(2, fake.Actions.Snapshot().Count(a => a.Kind == FakeActionKinds.Search));
    }

    [Fact]
    public async Task Checkpoint_StopsBeforeAnyVisit_AndPersistsTheAccountState()
    {
        var fake = fakes.Fresh("fr");
        fake.Faults.CheckpointNow = true;
        await using var harness = await BotHarness.CreateAsync(fake, VisitorScenario.Configure);

        var result = await harness.RunAsync("visitor");

        Assert.Equal(RunOutcome.Failed, result.Outcome);
        Assert.Equal(AccountState.Checkpoint, (await harness.Get<AccountStateStore>().GetCurrentAsync()).State);
        Assert.DoesNotContain(fake.Actions.Snapshot(), a => a.Kind is FakeActionKinds.ProfileViewed or FakeActionKinds.Search);
        Assert.Empty(await harness.VisitsAsync());
    }

    private static List<string> Viewed(FakeLinkedInServer fake) =>
        [.. fake.Actions.Snapshot().Where(a => a.Kind == FakeActionKinds.ProfileViewed).Select(a => a.ProfileSlug!)];

    // Visits made by earlier runs, at their own time (so they do not count against today's quota).
    private static async Task SeedVisitsAsync(BotHarness harness, IEnumerable<string> slugs, TimeSpan ago)
    {
        var store = new VisitStore(harness.Get<IDbContextFactory<HistoryDbContext>>(), new FakeTimeProvider(DateTimeOffset.UtcNow - ago));
        foreach (var slug in slugs)
        {
            await store.RecordAsync(VisitorScenario.Url(slug), null, null);
        }
    }
}
