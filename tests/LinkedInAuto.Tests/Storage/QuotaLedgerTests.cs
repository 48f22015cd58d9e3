using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;
using Microsoft.Extensions.Time.Testing;

namespace LinkedInAuto.Tests.Storage;

public sealed class QuotaLedgerTests
{
    [Fact]
    public async Task GetUsage_CountsByLocalDayAndMondayWeek_InTheConfiguredZone()
    {
        // Europe/Paris is UTC+1 in January. Local Sunday 2026-01-11 23:30 is 22:30 UTC; local Monday 00:30 is Sunday 23:30 UTC.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 11, 22, 30, 0, TimeSpan.Zero));
        await using var storage = await TestStorage.CreateAsync(time: clock);
        var visits = storage.Get<VisitStore>();
        await visits.RecordAsync("https://www.linkedin.com/in/a/", null, null);

        clock.SetUtcNow(new DateTimeOffset(2026, 1, 11, 23, 30, 0, TimeSpan.Zero));
        await visits.RecordAsync("https://www.linkedin.com/in/b/", null, null);
        await storage.Get<InvitationStore>().RecordIntentAsync(new InvitationIntent("https://www.linkedin.com/in/c/", null, InvitationAction.Accept, "min_mutual"));
        await visits.RecordAsync("https://www.linkedin.com/in/d/", null, null, dryRun: true);

        clock.SetUtcNow(new DateTimeOffset(2026, 1, 13, 9, 0, 0, TimeSpan.Zero));
        await visits.RecordAsync("https://www.linkedin.com/in/e/", null, null);

        var usage = await storage.Get<QuotaLedger>().GetUsageAsync();

        Assert.Equal(new DateOnly(2026, 1, 13), usage.Day);
        Assert.Equal(1, usage.TodayOf(ActionKind.Visit));
        Assert.Equal(1, usage.GlobalToday);
        Assert.Equal(2, usage.ThisWeekOf(ActionKind.Visit)); // Monday 00:30 local and Tuesday; Sunday belongs to last week.
        Assert.Equal(1, usage.ThisWeekOf(ActionKind.Accept));
        Assert.Equal(0, usage.ThisWeekOf(ActionKind.Wish));
    }

    [Fact]
    public async Task CountForRun_CountsOnlyThatRunsKind()
    {
        await using var storage = await TestStorage.CreateAsync();
        var runs = storage.Get<RunStore>();
        var run = await runs.StartAsync("invitations", RunTrigger.Manual);
        var other = await runs.StartAsync("invitations", RunTrigger.Manual);
        var invitations = storage.Get<InvitationStore>();
        await invitations.RecordIntentAsync(new InvitationIntent("https://www.linkedin.com/in/a/", null, InvitationAction.Withdraw, "withdraw_after_days", run));
        await invitations.RecordIntentAsync(new InvitationIntent("https://www.linkedin.com/in/b/", null, InvitationAction.Withdraw, "withdraw_after_days", run));
        await invitations.RecordIntentAsync(new InvitationIntent("https://www.linkedin.com/in/c/", null, InvitationAction.Ignore, "ignore_headline_keywords", run));
        await invitations.RecordIntentAsync(new InvitationIntent("https://www.linkedin.com/in/d/", null, InvitationAction.Withdraw, "withdraw_after_days", other));

        Assert.Equal(2, await storage.Get<QuotaLedger>().CountForRunAsync(run, ActionKind.Withdraw));
    }
}
