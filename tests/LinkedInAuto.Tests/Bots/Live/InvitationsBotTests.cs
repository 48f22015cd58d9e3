using FakeLinkedIn;
using LinkedInAuto.Bots.Safety;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;

namespace LinkedInAuto.Tests.Bots.Live;

/// <summary>The two fakes of the invitation scenario.</summary>
public sealed class InvitationFakes() : LiveFakes(InvitationScenario.Yaml);

/// <summary>The invitation bot on real Chromium against the fake LinkedIn (issue #6, acceptance 4 and 6), FR and EN, on both markups.</summary>
public sealed class InvitationsBotTests(InvitationFakes fakes) : IClassFixture<InvitationFakes>
{
    [Theory]
    [InlineData("en", "a")]
    [InlineData("fr", "a")]
    [InlineData("en", "b")]
    [InlineData("fr", "b")]
    public async Task Run_AcceptsIgnoresAndLeavesByTheRules_AndWithdrawsOnlyStaleInvitations(string language, string markup)
    {
        var fake = fakes.Fresh(language);
        fake.Faults.Markup = markup; // b: list entries by structure, names from labels and alts, plain-text ages and notes
        await using var harness = await BotHarness.CreateAsync(fake, InvitationScenario.Configure);

        var result = await harness.RunAsync("invitations");

        Assert.True(result.Outcome == RunOutcome.Succeeded, result.Reason);
        var expected = InvitationScenario.Inviters.Where(i => i.Verdict != "leave").ToList();
        Assert.Equal(Slugs(expected, "accept"), Slugs(fake, FakeActionKinds.InvitationAccepted));
        Assert.Equal(Slugs(expected, "ignore"), Slugs(fake, FakeActionKinds.InvitationIgnored));
        Assert.Equal(
            InvitationScenario.Sent.Where(s => s.Withdrawn).OrderByDescending(s => s.DaysAgo).Select(s => s.Slug),
            Slugs(fake, FakeActionKinds.InvitationWithdrawn));

        // The history holds each action, done, with the rule that decided it; nothing for the invitations left pending.
        var handled = await harness.InvitationsAsync();
        Assert.All(handled, h => Assert.Equal(InvitationState.Done, h.State));
        Assert.Equal(
            expected.Select(i => (InvitationScenario.Url(i.Slug), i.Verdict, i.Rule)).Order(),
            handled.Where(h => h.Action != InvitationAction.Withdraw).Select(h => (h.Contact!.ProfileUrl, h.Action.ToString().ToLowerInvariant(), h.Rule!)).Order());
        Assert.Equal(3, handled.Count(h => h.Action == InvitationAction.Withdraw && h.Rule == "withdraw_after_days"));
        Assert.Equal((11, 8), (result.Counts.Done, result.Counts.Skipped)); // 5 left pending + 3 sent too recent
        Assert.Equal(11, (await harness.LedgerAsync()).Count);

        // One structured event per action, with the run's scope.
        var actions = harness.Events.Actions;
        Assert.Equal(19, actions.Count);
        Assert.All(actions, e => Assert.Equal(("invitations", result.RunId), (e.Properties["Bot"], e.Properties["RunId"])));
        Assert.Contains(actions, e => (string?)e.Properties["ProfileUrl"] == InvitationScenario.Url(InvitationScenario.Blacklisted)
            && (string?)e.Properties["Action"] == "leave" && (string?)e.Properties["Detail"] == "blacklisted");
    }

    [Fact]
    public async Task DryRun_ClicksNothing_RecordsRehearsals_ConsumesNoQuota_AndTerminates()
    {
        var fake = fakes.Fresh("en");
        await using var harness = await BotHarness.CreateAsync(fake, InvitationScenario.Configure);

        var result = await harness.RunAsync("invitations", dryRun: true);

        Assert.True(result.Outcome == RunOutcome.Succeeded, result.Reason);
        Assert.DoesNotContain(fake.Actions.Snapshot(), a => a.IsStateChanging);
        var handled = await harness.InvitationsAsync();
        Assert.Equal(11, handled.Count);
        Assert.All(handled, h => Assert.Equal(InvitationState.DryRun, h.State));
        Assert.Empty(await harness.LedgerAsync());
        Assert.Null(await harness.Get<InvitationStore>().FindLatestAsync(InvitationScenario.Url("ana-costa"), InvitationAction.Accept));
    }

    [Fact]
    public async Task CheckpointAfterThreeActions_StopsAtOnce_PersistsTheAccountState_AndPausesTheNextRun()
    {
        var fake = fakes.Fresh("fr");
        fake.Faults.CheckpointAfterActions = 3;
        await using var harness = await BotHarness.CreateAsync(fake, InvitationScenario.Configure);

        var result = await harness.RunAsync("invitations");

        Assert.Equal(RunOutcome.Failed, result.Outcome);
        Assert.Equal(3, fake.Actions.Snapshot().Count(a => a.IsStateChanging));
        Assert.Equal(AccountState.Checkpoint, (await harness.Get<AccountStateStore>().GetCurrentAsync()).State);

        // The fourth accept was committed before its click, which LinkedIn's API refused (403, then the checkpoint):
        // recorded refused, never done, and counted apart in the run.
        var handled = await harness.InvitationsAsync();
        Assert.Equal([InvitationState.Done, InvitationState.Done, InvitationState.Done, InvitationState.Failed], handled.Select(h => h.State));
        Assert.Equal(InvitationScenario.Url("farid-haddad"), handled[^1].Contact!.ProfileUrl);
        Assert.Contains("HTTP 403 on POST /voyager/api/invitations/accept", handled[^1].Error, StringComparison.Ordinal);
        Assert.Equal((3, 1), (result.Counts.Done, result.Counts.Refused));

        var next = await harness.RunAsync("invitations");
        Assert.Equal(RunOutcome.Skipped, next.Outcome);
        Assert.Contains("linkedin-auto resume", next.Reason, StringComparison.Ordinal);
        Assert.Equal(3, fake.Actions.Snapshot().Count(a => a.IsStateChanging));
    }

    [Fact]
    public async Task WeeklyLimitDialog_CoolsDownAccepts_AndTheNextRunAcceptsNothing()
    {
        var fake = fakes.Fresh("en");
        fake.Faults.WeeklyLimitAfter = 2;
        await using var harness = await BotHarness.CreateAsync(fake, c =>
        {
            InvitationScenario.Configure(c);
            c.Invitations.Sent.Enabled = false;
        });

        var first = await harness.RunAsync("invitations");

        Assert.Equal(RunOutcome.Failed, first.Outcome);
        Assert.Contains("weekly limit", first.Reason, StringComparison.Ordinal);
        Assert.Equal(["ana-costa", "ben-okafor"], Slugs(fake, FakeActionKinds.InvitationAccepted));
        Assert.NotNull(await harness.Get<CooldownStore>().GetActiveAsync(CooldownScopes.Action(ActionKind.Accept)));
        Assert.Equal(InvitationState.Failed, (await harness.InvitationsAsync())[^1].State);

        // LinkedIn lifts the limit, but the cool-down is ours: no accept for a week; ignoring is another kind and goes on.
        fake.Faults.WeeklyLimitAfter = null;
        var second = await harness.RunAsync("invitations");

        Assert.True(second.Outcome == RunOutcome.Succeeded, second.Reason);
        Assert.Equal(["ana-costa", "ben-okafor"], Slugs(fake, FakeActionKinds.InvitationAccepted));
        Assert.Equal(["hugo-petit", "ines-blanc"], Slugs(fake, FakeActionKinds.InvitationIgnored));
        Assert.Contains("accept cool-down", second.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "no_dialog", "a")]
    [InlineData("fr", "not_removed", "a")]
    [InlineData("fr", "no_dialog", "b")]
    [InlineData("en", "not_removed", "b")]
    public async Task Withdraw_WithoutDialogOrStillListed_StopsWithdrawing_NeverRetriedInTheRun(string language, string fault, string markup)
    {
        var fake = fakes.Fresh(language);
        fake.Faults.Withdraw = fault;
        fake.Faults.Markup = markup;
        await using var harness = await BotHarness.CreateAsync(fake, c =>
        {
            InvitationScenario.Configure(c);
            c.Invitations.Received.Enabled = false;
            c.Browser.ActionTimeout = TimeSpan.FromSeconds(3);
        });

        var result = await harness.RunAsync("invitations");

        var handled = await harness.InvitationsAsync();
        if (fault == "no_dialog")
        {
            // The click alone withdrew the oldest: the history says so, the run counts the broken protocol and stops withdrawing.
            Assert.True(result.Outcome == RunOutcome.Succeeded, result.Reason);
            Assert.Equal(["sami-benali"], Slugs(fake, FakeActionKinds.InvitationWithdrawn));
            Assert.Equal(InvitationState.Done, Assert.Single(handled).State);
            Assert.Equal(1, result.Counts.Failed);
            Assert.Contains("confirmation dialog did not appear", result.Reason, StringComparison.Ordinal);
        }
        else
        {
            // Confirmed, yet still listed: no proof, so the outcome stays open, the run stops and fails with evidence.
            Assert.Equal(RunOutcome.Failed, result.Outcome);
            Assert.Contains("the outcome stays unknown", result.Reason, StringComparison.Ordinal);
            Assert.Empty(Slugs(fake, FakeActionKinds.InvitationWithdrawn));
            Assert.Equal(InvitationState.Intended, Assert.Single(handled).State);
            Assert.Equal((0, 1), (result.Counts.Done, result.Counts.Unconfirmed));
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task PlainTextNotes_AreAcceptedUnderWithNote_AndCardsWithoutANoteAreNot(string language)
    {
        var fake = fakes.Fresh(language);
        fake.Faults.PlainNotes = true; // no "Reply", no "…see more": the note is just text in the card
        await using var harness = await BotHarness.CreateAsync(fake, c =>
        {
            InvitationScenario.Configure(c);
            c.Invitations.Received.Accept.MinMutual = 0;
            c.Invitations.Received.Accept.HeadlineKeywords = [];
            c.Invitations.Received.IgnoreHeadlineKeywords = [];
            c.Invitations.Sent.Enabled = false;
        });

        var result = await harness.RunAsync("invitations");

        Assert.True(result.Outcome == RunOutcome.Succeeded, result.Reason);
        var withNote = InvitationScenario.Inviters.Where(i => i.Note is not null).Select(i => i.Slug).ToList();
        Assert.Equal(["gaelle-roux", "marc-dubois"], withNote);
        Assert.Equal(withNote, Slugs(fake, FakeActionKinds.InvitationAccepted));
        Assert.All(await harness.InvitationsAsync(), h => Assert.Equal("with_note", h.Rule));
        Assert.Empty(Slugs(fake, FakeActionKinds.InvitationIgnored));

        // The cards without a note, mutual-connection lines and headlines included, are all left pending.
        var left = harness.Events.Actions.Where(e => (string?)e.Properties["Action"] == "leave").Select(e => (string?)e.Properties["ProfileUrl"]).ToList();
        Assert.Equal(InvitationScenario.Inviters.Where(i => i.Note is null).Select(i => InvitationScenario.Url(i.Slug)), left);
    }

    private static List<string> Slugs(IEnumerable<InvitationScenario.Inviter> inviters, string verdict) =>
        [.. inviters.Where(i => i.Verdict == verdict).Select(i => i.Slug)];

    private static List<string> Slugs(FakeLinkedInServer fake, string kind) =>
        [.. fake.Actions.Snapshot().Where(a => a.Kind == kind).Select(a => a.ProfileSlug!)];
}
