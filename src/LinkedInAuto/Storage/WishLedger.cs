using LinkedInAuto.Storage.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LinkedInAuto.Storage;

/// <summary>Birthday wishes: the intent is committed before the message is sent, so no crash can make the bot forget it acted.</summary>
/// <remarks>
/// Flow: <see cref="RecordIntentAsync"/> (commits, consumes one <see cref="ActionKind.Wish"/> quota) → send →
/// <see cref="MarkSentAsync"/> with the text → optionally <see cref="MarkVerifiedAsync"/>; or <see cref="MarkFailedAsync"/>
/// when the message surely did not leave. A wish left <see cref="WishState.Intended"/> has an unknown outcome: check the
/// conversation before trying again (<see cref="FindUnresolvedAsync"/>).
/// </remarks>
public sealed class WishLedger(IDbContextFactory<HistoryDbContext> contextFactory, TimeProvider time)
{
    /// <summary>Commits the intent to wish (re-arming an earlier failed attempt) and consumes one wish from the quota.</summary>
    /// <returns>The wish's id, committed to disk.</returns>
    /// <exception cref="DuplicateWishException">This birthday already has an intended, sent or verified wish.</exception>
    public async Task<long> RecordIntentAsync(WishIntent intent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(intent);
        var url = ProfileUrl.Canonicalize(intent.ProfileUrl);
        var now = time.GetUtcNow().UtcDateTime;
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var (wish, isNew) = await ClaimAsync(context, intent, url, now, cancellationToken);
        if (!isNew)
        {
            wish.Attempts++;
            wish.FailedUtc = null;
            wish.Error = null;
        }

        wish.State = WishState.Intended;
        wish.TemplateId = intent.TemplateId;
        wish.IntendedText = intent.Text;
        wish.DaysLate = intent.DaysLate;
        wish.IntendedUtc = now;
        wish.RunId = intent.RunId;
        context.ActionLedger.Add(new ActionLedgerEntry { Kind = ActionKind.Wish, AtUtc = now, RunId = intent.RunId });
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is SqliteException { SqliteErrorCode: 19 })
        {
            // SQLITE_CONSTRAINT on the unique (contact, occurrence) index: the database itself refused a second wish.
            throw new DuplicateWishException("A wish for this birthday already exists.", ex);
        }

        await transaction.CommitAsync(cancellationToken);
        return wish.Id;
    }

    /// <summary>Records that the message left, with the text actually sent.</summary>
    public Task MarkSentAsync(long wishId, string text, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        var now = time.GetUtcNow().UtcDateTime;
        return TransitionAsync(wishId, WishState.Intended, WishState.Sent, s => s.SetProperty(w => w.Text, text).SetProperty(w => w.SentUtc, now), cancellationToken);
    }

    /// <summary>Records that the sent message was seen in the conversation.</summary>
    public Task MarkVerifiedAsync(long wishId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return TransitionAsync(wishId, WishState.Sent, WishState.Verified, s => s.SetProperty(w => w.VerifiedUtc, now), cancellationToken);
    }

    /// <summary>Records that the message left and was seen in the conversation, in one commit: what <see cref="MarkSentAsync"/>
    /// then <see cref="MarkVerifiedAsync"/> record, with one write to the WAL (and one fsync) instead of two.</summary>
    public Task MarkSentAndVerifiedAsync(long wishId, string text, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        var now = time.GetUtcNow().UtcDateTime;
        return TransitionAsync(
            wishId, WishState.Intended, WishState.Verified, s => s.SetProperty(w => w.Text, text).SetProperty(w => w.SentUtc, now).SetProperty(w => w.VerifiedUtc, now), cancellationToken);
    }

    /// <summary>Records that the message surely did not leave; the quota it consumed stays consumed.</summary>
    public Task MarkFailedAsync(long wishId, string error, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return TransitionAsync(wishId, WishState.Intended, WishState.Failed, s => s.SetProperty(w => w.FailedUtc, now).SetProperty(w => w.Error, error), cancellationToken);
    }

    /// <summary>Records a rehearsed wish (dry run): blocks nothing and consumes no quota.</summary>
    /// <returns>The row's id.</returns>
    public async Task<long> RecordDryRunAsync(WishIntent intent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(intent);
        var url = ProfileUrl.Canonicalize(intent.ProfileUrl);
        var now = time.GetUtcNow().UtcDateTime;
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var wish = new BirthdayWish
        {
            Contact = await ContactStore.UpsertAsync(context, url, intent.FullName, now, cancellationToken),
            Occurrence = intent.Occurrence,
            DaysLate = intent.DaysLate,
            TemplateId = intent.TemplateId,
            Text = intent.Text,
            IntendedText = intent.Text,
            State = WishState.DryRun,
            IntendedUtc = now,
            RunId = intent.RunId,
        };
        context.BirthdayWishes.Add(wish);
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return wish.Id;
    }

    /// <summary>Records that the conversation already holds the owner's wish for this birthday: nothing is sent and no quota is consumed.</summary>
    /// <param name="intent">The birthday (its text is the message found in the conversation; its template id says where it came from).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The wish's id; it blocks any second wish for this birthday, like a sent one.</returns>
    /// <exception cref="DuplicateWishException">This birthday already has an intended, sent or verified wish.</exception>
    public async Task<long> RecordFoundInConversationAsync(WishIntent intent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(intent);
        var url = ProfileUrl.Canonicalize(intent.ProfileUrl);
        var now = time.GetUtcNow().UtcDateTime;
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var (wish, _) = await ClaimAsync(context, intent, url, now, cancellationToken);

        wish.State = WishState.FoundInConversation;
        wish.TemplateId = intent.TemplateId;
        wish.Text = intent.Text;
        wish.DaysLate = intent.DaysLate;
        wish.IntendedUtc = now;
        wish.FailedUtc = null;
        wish.Error = null;
        wish.RunId = intent.RunId;
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return wish.Id;
    }

    /// <summary>Finds the real (non-dry-run) wish for one birthday of one contact.</summary>
    public async Task<BirthdayWish?> FindForOccurrenceAsync(string profileUrl, DateOnly occurrence, CancellationToken cancellationToken = default)
    {
        var url = ProfileUrl.Canonicalize(profileUrl);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.BirthdayWishes.AsNoTracking()
            .FirstOrDefaultAsync(w => w.Contact!.ProfileUrl == url && w.Occurrence == occurrence && w.State != WishState.DryRun, cancellationToken);
    }

    /// <summary>Lists wishes whose outcome is unknown (intended, never marked sent or failed), oldest first.</summary>
    public async Task<IReadOnlyList<BirthdayWish>> FindUnresolvedAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.BirthdayWishes.AsNoTracking().Include(w => w.Contact)
            .Where(w => w.State == WishState.Intended).OrderBy(w => w.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Lists the templates sent to a contact since <paramref name="sinceUtc"/> (for <c>birthday.avoid_repeat_years</c>).</summary>
    public async Task<IReadOnlyList<string>> TemplatesSentSinceAsync(string profileUrl, DateTime sinceUtc, CancellationToken cancellationToken = default)
    {
        var url = ProfileUrl.Canonicalize(profileUrl);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.BirthdayWishes.AsNoTracking()
            .Where(w => w.Contact!.ProfileUrl == url && (w.State == WishState.Sent || w.State == WishState.Verified) && w.SentUtc >= sinceUtc)
            .Select(w => w.TemplateId).Distinct().ToListAsync(cancellationToken);
    }

    // One UPDATE … WHERE state = from: atomic without an explicit transaction, and a wrong transition is refused, not applied.
    private async Task TransitionAsync(
        long wishId, WishState from, WishState to, Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<BirthdayWish>> set, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var updated = await context.BirthdayWishes
            .Where(w => w.Id == wishId && w.State == from)
            .ExecuteUpdateAsync(
                s =>
                {
                    s.SetProperty(w => w.State, to);
                    set(s);
                },
                cancellationToken);
        if (updated == 0)
        {
            throw new InvalidOperationException($"Wish {wishId} cannot become {to}: it does not exist or is not {from}.");
        }
    }

    // The birthday's row for a new attempt: a failed earlier one is taken again, a new one is added; an intended, sent,
    // verified or found wish means this birthday is taken.
    private static async Task<(BirthdayWish Wish, bool IsNew)> ClaimAsync(HistoryDbContext context, WishIntent intent, string url, DateTime now, CancellationToken cancellationToken)
    {
        var contact = await ContactStore.UpsertAsync(context, url, intent.FullName, now, cancellationToken);
        var wish = contact.Id == 0
            ? null
            : await context.BirthdayWishes.FirstOrDefaultAsync(w => w.ContactId == contact.Id && w.Occurrence == intent.Occurrence && w.State != WishState.DryRun, cancellationToken);
        if (wish is { State: not WishState.Failed })
        {
            throw new DuplicateWishException(wish.Id, wish.State);
        }

        if (wish is not null)
        {
            return (wish, false);
        }

        wish = new BirthdayWish { Contact = contact, Occurrence = intent.Occurrence, TemplateId = intent.TemplateId };
        context.BirthdayWishes.Add(wish);
        return (wish, true);
    }
}
