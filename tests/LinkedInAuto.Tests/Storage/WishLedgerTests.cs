using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;
using Microsoft.Data.Sqlite;

namespace LinkedInAuto.Tests.Storage;

public sealed class WishLedgerTests : IAsyncLifetime
{
    private static readonly DateOnly s_birthday = new(2026, 3, 14);
    private TestStorage _storage = null!;

    public async Task InitializeAsync() => _storage = await TestStorage.CreateAsync();

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    [Fact]
    public async Task RecordIntent_ThenSentThenVerified_CommitsEachStepWithUtcTimes()
    {
        var ledger = _storage.Get<WishLedger>();
        var id = await ledger.RecordIntentAsync(Intent("https://www.linkedin.com/in/ada-lovelace/"));

        using (var raw = _storage.OpenRaw())
        {
            // Committed and visible to another connection before anything is sent.
            Assert.Equal("Intended", raw.Scalar($"SELECT state FROM birthday_wishes WHERE id = {id}"));
            Assert.Equal(1L, raw.Int64("SELECT count(*) FROM action_ledger WHERE kind = 'Wish'"));
        }

        await ledger.MarkSentAsync(id, "Happy birthday Ada!");
        await ledger.MarkVerifiedAsync(id);

        var wish = await ledger.FindForOccurrenceAsync("https://fr.linkedin.com/in/Ada-Lovelace?trk=x", s_birthday);
        Assert.NotNull(wish);
        Assert.Equal(WishState.Verified, wish.State);
        Assert.Equal("Happy birthday Ada!", wish.Text);
        Assert.Equal(DateTimeKind.Utc, wish.IntendedUtc.Kind);
        Assert.Equal(DateTimeKind.Utc, wish.SentUtc!.Value.Kind);
        Assert.NotNull(wish.VerifiedUtc);
    }

    [Fact]
    public async Task MarkSentAndVerified_RecordsWhatSentThenVerifiedRecord_AndOnlyFromIntended()
    {
        var ledger = _storage.Get<WishLedger>();
        var id = await ledger.RecordIntentAsync(Intent("https://www.linkedin.com/in/ada-lovelace/"));

        await ledger.MarkSentAndVerifiedAsync(id, "Happy birthday Ada!");

        var wish = await ledger.FindForOccurrenceAsync("https://www.linkedin.com/in/ada-lovelace/", s_birthday);
        Assert.NotNull(wish);
        Assert.Equal(WishState.Verified, wish.State);
        Assert.Equal("Happy birthday Ada!", wish.Text);
        Assert.Equal(DateTimeKind.Utc, wish.SentUtc!.Value.Kind);
        Assert.Equal(wish.SentUtc, wish.VerifiedUtc);
        await Assert.ThrowsAsync<InvalidOperationException>(() => ledger.MarkSentAndVerifiedAsync(id, "Again"));
    }

    [Fact]
    public async Task RecordIntent_SecondForSameBirthday_ThrowsDuplicate()
    {
        var ledger = _storage.Get<WishLedger>();
        var id = await ledger.RecordIntentAsync(Intent("https://www.linkedin.com/in/grace/"));

        var duplicate = await Assert.ThrowsAsync<DuplicateWishException>(() => ledger.RecordIntentAsync(Intent("https://linkedin.com/in/GRACE")));

        Assert.Equal(id, duplicate.ExistingId);
        Assert.Equal(WishState.Intended, duplicate.ExistingState);
    }

    [Fact]
    public async Task UniqueIndex_SecondRealWishWrittenBehindTheLedgersBack_IsRefusedBySqlite()
    {
        var ledger = _storage.Get<WishLedger>();
        var id = await ledger.RecordIntentAsync(Intent("https://www.linkedin.com/in/alan/"));
        using var raw = _storage.OpenRaw();

        var error = Assert.Throws<SqliteException>(() => raw.Execute(
            $"INSERT INTO birthday_wishes (contact_id, occurrence, days_late, template_id, state, attempts, intended_utc) SELECT contact_id, occurrence, 0, 't', 'Intended', 1, intended_utc FROM birthday_wishes WHERE id = {id}"));
        Assert.Equal(19, error.SqliteErrorCode);
    }

    [Fact]
    public async Task CheckConstraint_SentWithoutText_IsRefusedBySqlite()
    {
        var id = await _storage.Get<WishLedger>().RecordIntentAsync(Intent("https://www.linkedin.com/in/edsger/"));
        using var raw = _storage.OpenRaw();

        var error = Assert.Throws<SqliteException>(() => raw.Execute($"UPDATE birthday_wishes SET state = 'Sent' WHERE id = {id}"));
        Assert.Equal(19, error.SqliteErrorCode);
    }

    [Fact]
    public async Task RecordIntent_AfterFailedAttempt_RearmsTheSameRowAndConsumesAgain()
    {
        var ledger = _storage.Get<WishLedger>();
        var first = await ledger.RecordIntentAsync(Intent("https://www.linkedin.com/in/barbara/"));
        await ledger.MarkFailedAsync(first, "send button missing");

        var second = await ledger.RecordIntentAsync(Intent("https://www.linkedin.com/in/barbara/"));

        Assert.Equal(first, second);
        var wish = await ledger.FindForOccurrenceAsync("https://www.linkedin.com/in/barbara/", s_birthday);
        Assert.Equal(WishState.Intended, wish!.State);
        Assert.Equal(2, wish.Attempts);
        Assert.Null(wish.Error);
        Assert.Equal(2, (await _storage.Get<QuotaLedger>().GetUsageAsync()).ThisWeekOf(ActionKind.Wish));
    }

    [Fact]
    public async Task DryRun_BlocksNothingAndConsumesNoQuota()
    {
        var ledger = _storage.Get<WishLedger>();
        await ledger.RecordDryRunAsync(Intent("https://www.linkedin.com/in/linus/"));
        await ledger.RecordDryRunAsync(Intent("https://www.linkedin.com/in/linus/"));

        Assert.Null(await ledger.FindForOccurrenceAsync("https://www.linkedin.com/in/linus/", s_birthday));
        await ledger.RecordIntentAsync(Intent("https://www.linkedin.com/in/linus/"));
        Assert.Equal(1, (await _storage.Get<QuotaLedger>().GetUsageAsync()).ThisWeekOf(ActionKind.Wish));
    }

    [Fact]
    public async Task MarkSent_WhenAlreadySent_IsRefused()
    {
        var ledger = _storage.Get<WishLedger>();
        var id = await ledger.RecordIntentAsync(Intent("https://www.linkedin.com/in/ken/"));
        await ledger.MarkSentAsync(id, "Happy birthday!");

        await Assert.ThrowsAsync<InvalidOperationException>(() => ledger.MarkSentAsync(id, "again"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => ledger.MarkFailedAsync(id, "too late"));
    }

    [Fact]
    public async Task FindUnresolvedAndTemplatesSentSince_ReportTheRightWishes()
    {
        var ledger = _storage.Get<WishLedger>();
        var sent = await ledger.RecordIntentAsync(Intent("https://www.linkedin.com/in/margaret/") with { TemplateId = "birthday.txt:2" });
        await ledger.MarkSentAsync(sent, "Happy birthday Margaret!");
        var pending = await ledger.RecordIntentAsync(Intent("https://www.linkedin.com/in/dennis/"));

        var unresolved = await ledger.FindUnresolvedAsync();
        Assert.Equal([pending], unresolved.Select(w => w.Id));
        Assert.Equal("https://www.linkedin.com/in/dennis/", unresolved[0].Contact!.ProfileUrl);
        Assert.Equal(["birthday.txt:2"], await ledger.TemplatesSentSinceAsync("https://www.linkedin.com/in/margaret/", new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
    }

    private static WishIntent Intent(string url) => new(url, "Someone", s_birthday, 0, "birthday.txt:1", "Happy birthday!");
}
