using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;

namespace LinkedInAuto.Tests.Bots;

/// <summary>Quotas over simulated days and stop-on-danger for the birthday bot (bots issue, acceptance 3 and 4).</summary>
public sealed class BirthdaySafetyTests
{
    // Wednesday 25 November 2026, 10:00 in Paris; the week starts on Monday 23.
    private static readonly DateTimeOffset s_wednesday = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private static readonly (string, string) s_messages = ("Joyeux anniversaire {first_name} !\n", "Joyeux anniversaire en retard, {first_name} !\n");

    private static IEnumerable<BirthdayPerson> TwelveToday =>
        Enumerable.Range(1, 12).Select(i => new BirthdayPerson($"ami-{i}", $"Ami Numéro{i}", "Ami", 0));

    [Fact]
    public async Task DailyAndWeeklyQuotas_HoldOverSimulatedDays()
    {
        await using var harness = await BirthdaySite.StartAsync(BirthdayScenario.Yaml("fr", TwelveToday), s_wednesday, s_messages, config => config.Quotas.Wish = new(5, 8));

        var wednesday = await harness.RunAsync("birthday");
        Assert.Equal(5, harness.Sent.Count);
        Assert.Equal("daily wish quota of 5 reached", wednesday.Reason);

        harness.AdvanceDays(1);
        var thursday = await harness.RunAsync("birthday");
        Assert.Equal(8, harness.Sent.Count);
        Assert.Equal("weekly wish quota of 8 reached", thursday.Reason);

        harness.AdvanceDays(1);
        await harness.RunAsync("birthday");
        Assert.Equal(8, harness.Sent.Count);

        harness.AdvanceDays(3); // Monday: a new week
        await harness.RunAsync("birthday");
        Assert.Equal(12, harness.Sent.Count);
        Assert.Equal(12, harness.Sent.Select(a => a.ProfileUrl).Distinct().Count());
    }

    [Fact]
    public async Task GlobalBudget_CountsEveryKindOfAction()
    {
        await using var harness = await BirthdaySite.StartAsync(BirthdayScenario.Yaml("en", TwelveToday), s_wednesday, s_messages, config =>
        {
            config.Quotas.GlobalDaily = 6;
            config.Quotas.Wish = new(5, 80);
        });
        var invitations = harness.Get<InvitationStore>();
        for (var i = 0; i < 4; i++)
        {
            await invitations.RecordIntentAsync(new InvitationIntent($"https://www.linkedin.com/in/inviter-{i}/", null, InvitationAction.Accept, "min_mutual"));
        }

        var run = await harness.RunAsync("birthday");

        Assert.Equal(2, harness.Sent.Count);
        Assert.Equal("global daily budget of 6 actions reached", run.Reason);
    }

    [Fact]
    public async Task CheckpointAfterThreeWishes_StopsEverythingUntilResume()
    {
        await using var harness = await BirthdaySite.StartAsync(BirthdayScenario.Yaml("fr", TwelveToday), s_wednesday, s_messages);
        harness.Fake.Faults.CheckpointAfterActions = 3;

        var run = await harness.RunAsync("birthday");

        Assert.Equal(RunOutcome.Failed, run.Outcome);
        Assert.Contains("attention needed", run.Reason, StringComparison.Ordinal);
        Assert.Equal(3, harness.Sent.Count);
        Assert.Equal(AccountState.Checkpoint, (await harness.Get<AccountStateStore>().GetCurrentAsync()).State);

        // Every later run, of any bot, is refused without opening a browser until the user resumes.
        harness.Fake.Faults.CheckpointAfterActions = 0;
        var next = await harness.RunAsync("birthday");
        Assert.Equal(RunOutcome.Skipped, next.Outcome);
        Assert.StartsWith("attention needed", next.Reason, StringComparison.Ordinal);
        Assert.Equal(3, harness.Sent.Count);
        Assert.DoesNotContain(harness.Fake.Actions.Snapshot(), a => a.Timestamp > harness.Sent[^1].Timestamp && a.IsStateChanging);
    }
}
