using FakeLinkedIn;
using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Bots.Safety;
using LinkedInAuto.Configuration;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace LinkedInAuto.Tests.Bots;

/// <summary>The birthday bot when LinkedIn turns against the account mid-run without the page saying so: a silent
/// checkpoint, a revoked session, a rate limit; and an account whose conversations already hold this birthday's
/// wishes while the local history is empty (safety issue, acceptance 1 to 3), FR and EN, real Chromium.</summary>
public sealed class BirthdayDangerTests
{
    // Wednesday 25 November 2026, 10:00 in Paris.
    private static readonly DateTimeOffset s_wednesday = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private static readonly (string, string) s_messages = ("Joyeux anniversaire {first_name} !\n", "Joyeux anniversaire en retard, {first_name} !\n");

    private static IEnumerable<BirthdayPerson> SixToday =>
        Enumerable.Range(1, 6).Select(i => new BirthdayPerson($"ami-{i}", $"Ami Numéro{i}", "Ami", 0));

    [Theory]
    [InlineData("fr", BrowserMode.Default)]
    [InlineData("en", BrowserMode.Default)]
    [InlineData("fr", BrowserMode.LowMemory)]
    [InlineData("en", BrowserMode.LowMemory)]
    public async Task SilentCheckpointAfterTwoWishes_NoThirdAction_AttentionNeeded_EveryBotRefusedUntilResume(string language, BrowserMode mode)
    {
        await using var site = await BirthdaySite.StartAsync(BirthdayScenario.Yaml(language, SixToday), s_wednesday, s_messages, c => c.Browser.Mode = mode);
        site.Fake.Faults.SilentCheckpointAfter = 2;

        var run = await site.RunAsync("birthday");

        // Two wishes left; the third send was refused (403) without a sound, and nothing was tried after it.
        Assert.Equal(2, site.Sent.Count);
        Assert.InRange(Refused(site.Fake).Count, 0, 1);
        Assert.Equal(RunOutcome.Failed, run.Outcome);
        Assert.Contains("attention needed", run.Reason, StringComparison.Ordinal);
        Assert.Equal(AccountState.Checkpoint, (await site.Get<AccountStateStore>().GetCurrentAsync()).State);

        // Honest records: the refused wish counts in the quota (at intent) but is refused, never done.
        Assert.Equal((2, 1), (run.Counts.Done, run.Counts.Refused + run.Counts.Unconfirmed));
        var wishes = await WishesAsync(site);
        Assert.Equal(2, wishes.Count(w => w.State == WishState.Verified));
        var third = Assert.Single(wishes, w => w.State != WishState.Verified);
        Assert.True(third.State is WishState.Failed or WishState.Intended, third.State.ToString());
        Assert.Equal(3, (await site.Get<QuotaLedger>().GetUsageAsync()).TodayOf(ActionKind.Wish));
        Assert.Equal((2, 1), await RecordedCountsAsync(site, run.RunId));

        // The next scheduled run and a manual run of any bot do nothing.
        await AssertEveryBotRefusedAsync(site, "attention needed");
        Assert.Equal(2, site.Sent.Count);
        Assert.InRange(Refused(site.Fake).Count, 0, 1);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task SessionRevokedMidRun_NoFurtherAction_SessionExpiredState(string language)
    {
        await using var site = await BirthdaySite.StartAsync(BirthdayScenario.Yaml(language, SixToday), s_wednesday, s_messages);
        site.Fake.Faults.SessionRevokedAfter = 2;

        var run = await site.RunAsync("birthday");

        Assert.Equal(2, site.Sent.Count);
        Assert.InRange(Refused(site.Fake).Count, 0, 1);
        Assert.Equal(RunOutcome.Failed, run.Outcome);
        Assert.Contains("attention needed", run.Reason, StringComparison.Ordinal);
        Assert.Equal(AccountState.SessionExpired, (await site.Get<AccountStateStore>().GetCurrentAsync()).State);
        await AssertEveryBotRefusedAsync(site, "attention needed");
        Assert.Equal(2, site.Sent.Count);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task RateLimitedAction_NoFurtherAction_CoolDownRecordedAndHonouredByTheNextRun(string language)
    {
        await using var site = await BirthdaySite.StartAsync(BirthdayScenario.Yaml(language, SixToday), s_wednesday, s_messages);
        site.Fake.Faults.RateLimitAfter = 2;

        var run = await site.RunAsync("birthday");

        Assert.Equal(2, site.Sent.Count);
        Assert.Equal(429, Assert.Single(Refused(site.Fake)).HttpStatus);
        Assert.Equal(RunOutcome.Failed, run.Outcome);
        Assert.Contains("every bot cools down until", run.Reason, StringComparison.Ordinal);
        Assert.Equal((2, 1), (run.Counts.Done, run.Counts.Refused));
        var cooldown = await site.Get<CooldownStore>().GetActiveAsync(CooldownScopes.Account);
        Assert.NotNull(cooldown);
        Assert.True(cooldown.UntilUtc >= site.Time.GetUtcNow().UtcDateTime.AddHours(23), cooldown.UntilUtc.ToString("u"));
        Assert.Equal(AccountState.Ok, (await site.Get<AccountStateStore>().GetCurrentAsync()).State);

        // LinkedIn would let it through now, but the cool-down is ours: nothing until it ends.
        site.Fake.Faults.RateLimitAfter = 0;
        await AssertEveryBotRefusedAsync(site, "cooling down");
        Assert.Equal(2, site.Sent.Count);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task FreshState_ThreadsAlreadyHoldThisBirthdaysWishes_NothingSent_EachFoundInTheConversation(string language)
    {
        await using var site = await BirthdaySite.StartAsync(BirthdayScenario.Yaml(language), s_wednesday, s_messages, c =>
        {
            c.Birthday.MaxDaysLate = 10;
            c.Blacklist = [.. BirthdayScenario.Blacklist];
        });
        site.Fake.Faults.PriorWishes = true;
        var eligible = BirthdayScenario.Eligible.Select(p => p.Url).Order(StringComparer.Ordinal).ToList();

        // The rehearsal says the same as the run will.
        var dry = await site.RunAsync("birthday", dryRun: true);
        Assert.True(dry.Outcome == RunOutcome.Succeeded, dry.Reason);
        Assert.Equal(0, dry.Counts.Done);
        Assert.Equal(eligible, FoundEvents(site, dry.RunId));

        var run = await site.RunAsync("birthday");

        Assert.True(run.Outcome == RunOutcome.Succeeded, run.Reason);
        Assert.Empty(site.Sent);
        Assert.Equal(0, run.Counts.Done);
        Assert.Equal(eligible, FoundEvents(site, run.RunId));
        var found = (await WishesAsync(site)).Where(w => w.State == WishState.FoundInConversation).ToList();
        Assert.Equal(eligible, found.Select(w => w.Contact!.ProfileUrl).Order(StringComparer.Ordinal));
        Assert.All(found, w => Assert.Contains(language == "fr" ? "Joyeux anniversaire" : "Happy birthday", w.Text, StringComparison.Ordinal));
        Assert.Equal(0, (await site.Get<QuotaLedger>().GetUsageAsync()).GlobalToday);

        // Recorded, a later run does not even open the conversations again.
        var again = await site.RunAsync("birthday");
        Assert.Empty(site.Sent);
        Assert.Empty(FoundEvents(site, again.RunId));
    }

    [Fact]
    public async Task WishRefusedWithAnErrorToast_IsTheRunsLastAction_TheBotsBreakerOpens()
    {
        await using var site = await BirthdaySite.StartAsync(BirthdayScenario.Yaml("fr", SixToday), s_wednesday, s_messages);
        site.Fake.Faults.SendFailEvery = 3;

        var run = await site.RunAsync("birthday");

        Assert.Equal(2, site.Sent.Count);
        Assert.Equal((FakeActionKinds.MessageSent, 200), (Assert.Single(Refused(site.Fake)).RefusedKind, Assert.Single(Refused(site.Fake)).HttpStatus));
        Assert.Equal(RunOutcome.Failed, run.Outcome);
        Assert.Equal((2, 1), (run.Counts.Done, run.Counts.Refused));
        Assert.Equal(WishState.Failed, (await WishesAsync(site))[^1].State);
        Assert.NotNull(await site.Get<CooldownStore>().GetActiveAsync(CooldownScopes.Bot("birthday")));
        Assert.Equal(AccountState.Ok, (await site.Get<AccountStateStore>().GetCurrentAsync()).State);
    }

    [Fact]
    public async Task SendWithoutProof_IsTheRunsLastAction_FailsWithEvidence_AndTheNextRunReadsTheConversationFirst()
    {
        await using var site = await BirthdaySite.StartAsync(BirthdayScenario.Yaml("fr", SixToday), s_wednesday, s_messages, c => c.Browser.ActionTimeout = TimeSpan.FromSeconds(4));
        site.Fake.Faults.Composer = "send_lost";

        var run = await site.RunAsync("birthday");

        // The composer emptied but nothing appeared: unconfirmed, the account looks fine, so the run fails with evidence.
        Assert.Empty(site.Sent);
        Assert.Equal(RunOutcome.Failed, run.Outcome);
        Assert.Equal((0, 1), (run.Counts.Done, run.Counts.Unconfirmed));
        Assert.Contains("the outcome stays unknown", run.Reason, StringComparison.Ordinal);
        var reason = run.Reason!;
        var evidence = reason[(reason.IndexOf("evidence in ", StringComparison.Ordinal) + "evidence in ".Length)..].Split(".png")[0];
        Assert.True(File.Exists(evidence + ".png") && File.Exists(evidence + ".html"), run.Reason);
        Assert.Equal(WishState.Intended, Assert.Single(await WishesAsync(site)).State);
        Assert.Equal(AccountState.Ok, (await site.Get<AccountStateStore>().GetCurrentAsync()).State);

        // The next run first reads that conversation (the wish is not there: it may be tried again), then wishes everyone once.
        site.Fake.Faults.Composer = "normal";
        var next = await site.RunAsync("birthday");
        Assert.True(next.Outcome == RunOutcome.Succeeded, next.Reason);
        Assert.Equal(6, site.Sent.Count);
        Assert.Equal(6, site.Sent.Select(a => a.ProfileUrl).Distinct().Count());
    }

    [Fact]
    public async Task ThreadWithLastYearsWishAndOtherTalk_ThisYearsWishIsStillSent()
    {
        const string yaml = """
            language: en
            time_zone: Europe/Paris
            class_seed: birthday-test
            me: { slug: camille-durand, name: Camille Durand, headline: Engineer }
            people:
              - slug: lindsay-adams
                name: Lindsay Adams
                first_name: Lindsay
                degree: 1
                birthday_days_ago: 0
                thread:
                  messages:
                    - { from: me, text: "Happy birthday Lindsay!", days_ago: 365 }
                    - { from: them, text: "Thanks for the birthday wishes!", days_ago: 364 }
                    - { from: them, text: "Are you at the meetup tonight?", days_ago: 0 }
              - { slug: thierry-oneil, name: "Thierry O’Neil", first_name: Thierry, degree: 1, birthday_days_ago: 0 }
            """;
        await using var site = await BirthdaySite.StartAsync(yaml, s_wednesday, ("Happy birthday {first_name}!\n", "Happy belated birthday, {first_name}!\n"));

        var run = await site.RunAsync("birthday");

        Assert.True(run.Outcome == RunOutcome.Succeeded, run.Reason);
        Assert.Equal(["lindsay-adams", "thierry-oneil"], site.Sent.Select(a => a.ProfileSlug).Order(StringComparer.Ordinal));
    }

    private static List<FakeAction> Refused(FakeLinkedInServer fake) => [.. fake.Actions.Snapshot().Where(a => a.Kind == FakeActionKinds.Refused)];

    private static List<string> FoundEvents(BirthdaySite site, long runId) =>
        [.. site.Product.Events.Actions
            .Where(e => Equals(e.Properties["RunId"], runId) && ((string?)e.Properties["Detail"] ?? string.Empty).StartsWith("already wished (found in the conversation", StringComparison.Ordinal))
            .Select(e => (string)e.Properties["ProfileUrl"]!)
            .Order(StringComparer.Ordinal)];

    private static async Task<List<BirthdayWish>> WishesAsync(BirthdaySite site)
    {
        await using var context = await site.Get<IDbContextFactory<HistoryDbContext>>().CreateDbContextAsync();
        return await context.BirthdayWishes.AsNoTracking().Include(w => w.Contact).OrderBy(w => w.Id).ToListAsync();
    }

    private static async Task<(int Done, int RefusedOrUnconfirmed)> RecordedCountsAsync(BirthdaySite site, long runId)
    {
        var recorded = (await site.Get<RunStore>().RecentAsync(10)).Single(r => r.Id == runId);
        return (recorded.Done, recorded.Refused + recorded.Unconfirmed);
    }

    private static async Task AssertEveryBotRefusedAsync(BirthdaySite site, string reason)
    {
        var runner = site.Get<BotRunner>();
        foreach (var (bot, trigger) in new[] { ("birthday", RunTrigger.Schedule), ("birthday", RunTrigger.Manual), ("invitations", RunTrigger.Manual), ("visitor", RunTrigger.Schedule) })
        {
            var next = await runner.RunAsync(new RunRequest(bot, trigger), null, CancellationToken.None);
            Assert.Equal(RunOutcome.Skipped, next.Outcome);
            Assert.Contains(reason, next.Reason, StringComparison.Ordinal);
        }
    }
}
