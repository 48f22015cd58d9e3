using FakeLinkedIn;
using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Configuration;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;

namespace LinkedInAuto.Tests.Bots.Live;

/// <summary>The invitation bot and the visitor when a checkpoint trips server-side after two actions: the next action is
/// refused (an accept answered 403, a visit sent to the challenge), nothing follows, and every bot waits for the owner
/// (safety issue, acceptance 1), real Chromium, FR and EN, both browser modes.</summary>
public sealed class ActionDangerTests(InvitationFakes invitations, VisitorFakes visitors) : IClassFixture<InvitationFakes>, IClassFixture<VisitorFakes>
{
    [Theory]
    [InlineData("en", BrowserMode.Default)]
    [InlineData("fr", BrowserMode.LowMemory)]
    public async Task Invitations_SilentCheckpointAfterTwoAccepts_TheThirdIsRefused_AttentionNeeded(string language, BrowserMode mode)
    {
        var fake = invitations.Fresh(language);
        fake.Faults.SilentCheckpointAfter = 2;
        await using var harness = await BotHarness.CreateAsync(fake, c =>
        {
            InvitationScenario.Configure(c);
            c.Browser.Mode = mode;
        });

        var result = await harness.RunAsync("invitations");

        Assert.Equal(["ana-costa", "ben-okafor"], fake.Actions.Snapshot().Where(a => a.IsStateChanging).Select(a => a.ProfileSlug));
        var refused = Assert.Single(fake.Actions.Snapshot(), a => a.Kind == FakeActionKinds.Refused);
        Assert.Equal((FakeActionKinds.InvitationAccepted, 403, "david-klein"), (refused.RefusedKind, refused.HttpStatus, refused.ProfileSlug));
        Assert.Equal(RunOutcome.Failed, result.Outcome);
        Assert.Contains("attention needed", result.Reason, StringComparison.Ordinal);
        Assert.Equal((2, 1), (result.Counts.Done, result.Counts.Refused));
        Assert.Equal(AccountState.Checkpoint, (await harness.Get<AccountStateStore>().GetCurrentAsync()).State);
        var handled = await harness.InvitationsAsync();
        Assert.Equal([InvitationState.Done, InvitationState.Done, InvitationState.Failed], handled.Select(h => h.State));
        Assert.StartsWith("LinkedIn refused it: HTTP 403", handled[^1].Error, StringComparison.Ordinal);
        Assert.Equal(3, (await harness.LedgerAsync()).Count);

        await AssertEveryBotRefusedAsync(harness);
        Assert.Single(fake.Actions.Snapshot(), a => a.Kind == FakeActionKinds.Refused);
        Assert.Equal(2, fake.Actions.Snapshot().Count(a => a.IsStateChanging));
    }

    [Theory]
    [InlineData("fr", BrowserMode.Default)]
    [InlineData("en", BrowserMode.LowMemory)]
    public async Task Visitor_SilentCheckpointAfterTwoVisits_TheThirdIsSentToTheChallenge_AttentionNeeded(string language, BrowserMode mode)
    {
        var fake = visitors.Fresh(language);
        fake.Faults.SilentCheckpointAfter = 2;
        await using var harness = await BotHarness.CreateAsync(fake, c =>
        {
            VisitorScenario.Configure(c);
            c.Browser.Mode = mode;
        });

        var result = await harness.RunAsync("visitor");

        Assert.Equal(["devops-01", "devops-02"], fake.Actions.Snapshot().Where(a => a.Kind == FakeActionKinds.ProfileViewed).Select(a => a.ProfileSlug));
        var refused = Assert.Single(fake.Actions.Snapshot(), a => a.Kind == FakeActionKinds.Refused);
        Assert.Equal((FakeActionKinds.ProfileViewed, "devops-03"), (refused.RefusedKind, refused.ProfileSlug));
        Assert.Equal(RunOutcome.Failed, result.Outcome);
        Assert.Contains("attention needed", result.Reason, StringComparison.Ordinal);
        Assert.Equal((2, 1), (result.Counts.Done, result.Counts.Refused));
        Assert.Equal(AccountState.Checkpoint, (await harness.Get<AccountStateStore>().GetCurrentAsync()).State);

        await AssertEveryBotRefusedAsync(harness);
        Assert.Equal(2, fake.Actions.Snapshot().Count(a => a.Kind == FakeActionKinds.ProfileViewed));
    }

    private static async Task AssertEveryBotRefusedAsync(BotHarness harness)
    {
        var runner = harness.Get<BotRunner>();
        foreach (var (bot, trigger) in new[] { ("invitations", RunTrigger.Schedule), ("visitor", RunTrigger.Manual), ("birthday", RunTrigger.Manual) })
        {
            var next = await runner.RunAsync(new RunRequest(bot, trigger), null, CancellationToken.None);
            Assert.Equal(RunOutcome.Skipped, next.Outcome);
            Assert.StartsWith("attention needed", next.Reason, StringComparison.Ordinal);
        }
    }
}
