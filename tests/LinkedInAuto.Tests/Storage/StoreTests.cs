using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;
using Microsoft.Extensions.Time.Testing;

namespace LinkedInAuto.Tests.Storage;

/// <summary>The small stores other areas call: one storage per test class, each test with its own rows.</summary>
public sealed class StoreTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 5, 4, 8, 0, 0, TimeSpan.Zero));
    private TestStorage _storage = null!;

    public async Task InitializeAsync() => _storage = await TestStorage.CreateAsync(time: _clock);

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    [Fact]
    public async Task ContactStore_Upsert_OneContactPerCanonicalUrlAndNameRefreshed()
    {
        var contacts = _storage.Get<ContactStore>();
        var first = await contacts.UpsertAsync("https://www.linkedin.com/in/jean-dupont/", "Jean Dupont");
        _clock.Advance(TimeSpan.FromHours(1));
        var second = await contacts.UpsertAsync("http://fr.linkedin.com/in/Jean-Dupont?originalSubdomain=fr", "Jean Dupont-Martin");
        await contacts.UpsertAsync("https://www.linkedin.com/in/jean-dupont", null);

        Assert.Equal(first, second);
        var contact = await contacts.FindAsync("https://www.linkedin.com/in/jean-dupont/");
        Assert.Equal("Jean Dupont-Martin", contact!.FullName);
        Assert.True(contact.UpdatedUtc > contact.FirstSeenUtc);
    }

    [Fact]
    public async Task RunStore_StartFinishAndCloseInterrupted()
    {
        var runs = _storage.Get<RunStore>();
        var finished = await runs.StartAsync("birthday", RunTrigger.Schedule);
        var crashed = await runs.StartAsync("visitor", RunTrigger.CatchUp);
        await runs.FinishAsync(finished, RunOutcome.Succeeded, new RunCounts(3, 1, 0));

        Assert.Equal(1, await runs.CloseInterruptedAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => runs.FinishAsync(finished, RunOutcome.Failed, new RunCounts(0, 0, 0)));

        var recent = await runs.RecentAsync(10);
        Assert.Equal([crashed, finished], recent.Select(r => r.Id));
        Assert.Equal(RunOutcome.Interrupted, recent[0].Outcome);
        Assert.Equal((3, 1, 0), (recent[1].Done, recent[1].Skipped, recent[1].Failed));
        Assert.Equal([finished], (await runs.RecentAsync(10, "birthday")).Select(r => r.Id));
    }

    [Fact]
    public async Task AccountStateStore_RecordsChangesOnly()
    {
        var states = _storage.Get<AccountStateStore>();
        Assert.Equal(new AccountStatus(AccountState.Ok, null, null), await states.GetCurrentAsync());

        Assert.False(await states.SetAsync(AccountState.Ok, "fine"));
        Assert.True(await states.SetAsync(AccountState.Checkpoint, "captcha on /checkpoint/challenge"));
        Assert.False(await states.SetAsync(AccountState.Checkpoint, "still"));
        Assert.True(await states.SetAsync(AccountState.Ok, "solved"));

        Assert.Equal(AccountState.Ok, (await states.GetCurrentAsync()).State);
        Assert.Equal([AccountState.Ok, AccountState.Checkpoint], (await states.HistoryAsync(10)).Select(s => s.State));
    }

    [Fact]
    public async Task CooldownStore_ActiveUntilItEnds()
    {
        var cooldowns = _storage.Get<CooldownStore>();
        var until = _clock.GetUtcNow().UtcDateTime.AddHours(24);
        await cooldowns.SetAsync("account", until, "weekly invitation limit");
        await cooldowns.SetAsync("account", until.AddHours(1), "extended");

        Assert.Equal("extended", (await cooldowns.GetActiveAsync("account"))!.Reason);
        Assert.Single(await cooldowns.ListActiveAsync());
        _clock.Advance(TimeSpan.FromHours(26));
        Assert.Null(await cooldowns.GetActiveAsync("account"));
        Assert.True(await cooldowns.ClearAsync("account"));
        Assert.False(await cooldowns.ClearAsync("account"));
    }

    [Fact]
    public async Task SelectorStatsStore_AddsCountsAcrossRuns()
    {
        var stats = _storage.Get<SelectorStatsStore>();
        await stats.RecordAsync([new SelectorCount("birthday.send_button", 5, 0), new SelectorCount("birthday.card", 4, 1)]);
        await stats.RecordAsync([new SelectorCount("birthday.send_button", 0, 2)]);

        var list = await stats.ListAsync();
        Assert.Equal(["birthday.send_button", "birthday.card"], list.Select(s => s.Key));
        Assert.Equal((5L, 2L), (list[0].Hits, list[0].Misses));
        Assert.NotNull(list[0].LastMissUtc);
    }

    [Fact]
    public async Task BlacklistStore_MatchesAnySpellingOfTheUrl()
    {
        var blacklist = _storage.Get<BlacklistStore>();
        Assert.True(await blacklist.AddAsync("https://www.linkedin.com/in/recruiter-bob/", "asked to stop"));
        Assert.False(await blacklist.AddAsync("https://linkedin.com/in/Recruiter-Bob", null));

        Assert.True(await blacklist.ContainsAsync("https://fr.linkedin.com/in/recruiter-bob/?trk=abc"));
        Assert.Single(await blacklist.ListAsync());
        Assert.True(await blacklist.RemoveAsync("https://www.linkedin.com/in/recruiter-bob"));
        Assert.False(await blacklist.ContainsAsync("https://www.linkedin.com/in/recruiter-bob/"));
    }

    [Fact]
    public async Task VisitAndInvitationStores_RecordAndFind()
    {
        var visits = _storage.Get<VisitStore>();
        await visits.RecordAsync("https://www.linkedin.com/in/visited/", "V", null);
        _clock.Advance(TimeSpan.FromDays(1));
        await visits.RecordAsync("https://www.linkedin.com/in/visited/", "V", null, dryRun: true);
        Assert.Equal(new DateTime(2026, 5, 4, 8, 0, 0, DateTimeKind.Utc), await visits.LastVisitAsync("https://www.linkedin.com/in/visited"));

        var invitations = _storage.Get<InvitationStore>();
        var id = await invitations.RecordIntentAsync(new InvitationIntent("https://www.linkedin.com/in/inviter/", "I", InvitationAction.Accept, "min_mutual"));
        await invitations.MarkDoneAsync(id);
        var failed = await invitations.RecordIntentAsync(new InvitationIntent("https://www.linkedin.com/in/other/", "O", InvitationAction.Withdraw, "withdraw_after_days"));
        await invitations.MarkFailedAsync(failed, "button gone");

        var found = await invitations.FindLatestAsync("https://www.linkedin.com/in/inviter/", InvitationAction.Accept);
        Assert.Equal((InvitationState.Done, "min_mutual"), (found!.State, found.Rule));
        Assert.Equal(InvitationState.Failed, (await invitations.FindLatestAsync("https://www.linkedin.com/in/other/", InvitationAction.Withdraw))!.State);
        await Assert.ThrowsAsync<InvalidOperationException>(() => invitations.MarkDoneAsync(failed));
    }
}
