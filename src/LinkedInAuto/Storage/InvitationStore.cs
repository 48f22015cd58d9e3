using LinkedInAuto.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace LinkedInAuto.Storage;

/// <summary>Invitations handled: the intent is committed (and the quota consumed) before clicking, like wishes.</summary>
public sealed class InvitationStore(IDbContextFactory<HistoryDbContext> contextFactory, TimeProvider time)
{
    /// <summary>Commits the intent and consumes one action of the matching kind (Accept, Ignore, Withdraw).</summary>
    /// <returns>The row's id, committed to disk.</returns>
    public Task<long> RecordIntentAsync(InvitationIntent intent, CancellationToken cancellationToken = default) =>
        InsertAsync(intent, InvitationState.Intended, cancellationToken);

    /// <summary>Records a rehearsed action (dry run), which consumes no quota.</summary>
    /// <returns>The row's id.</returns>
    public Task<long> RecordDryRunAsync(InvitationIntent intent, CancellationToken cancellationToken = default) =>
        InsertAsync(intent, InvitationState.DryRun, cancellationToken);

    /// <summary>Records that LinkedIn took the action.</summary>
    public async Task MarkDoneAsync(long id, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await TransitionAsync(id, InvitationState.Done, s => s.SetProperty(i => i.DoneUtc, now), cancellationToken);
    }

    /// <summary>Records that the action failed before LinkedIn took it.</summary>
    public async Task MarkFailedAsync(long id, string error, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await TransitionAsync(id, InvitationState.Failed, s => s.SetProperty(i => i.FailedUtc, now).SetProperty(i => i.Error, error), cancellationToken);
    }

    /// <summary>Finds the latest real (non-dry-run) action of a kind on a member, or null.</summary>
    public async Task<HandledInvitation?> FindLatestAsync(string profileUrl, InvitationAction action, CancellationToken cancellationToken = default)
    {
        var url = ProfileUrl.Canonicalize(profileUrl);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.HandledInvitations.AsNoTracking()
            .Where(i => i.Contact!.ProfileUrl == url && i.Action == action && i.State != InvitationState.DryRun)
            .OrderByDescending(i => i.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<long> InsertAsync(InvitationIntent intent, InvitationState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        var url = ProfileUrl.Canonicalize(intent.ProfileUrl);
        var now = time.GetUtcNow().UtcDateTime;
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var row = new HandledInvitation
        {
            Contact = await ContactStore.UpsertAsync(context, url, intent.FullName, now, cancellationToken),
            Action = intent.Action,
            Rule = intent.Rule,
            State = state,
            IntendedUtc = now,
            RunId = intent.RunId,
        };
        context.HandledInvitations.Add(row);
        if (state != InvitationState.DryRun)
        {
            context.ActionLedger.Add(new ActionLedgerEntry { Kind = QuotaKind(intent.Action), AtUtc = now, RunId = intent.RunId });
        }

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return row.Id;
    }

    private async Task TransitionAsync(
        long id, InvitationState to, Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<HandledInvitation>> set, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var updated = await context.HandledInvitations
            .Where(i => i.Id == id && i.State == InvitationState.Intended)
            .ExecuteUpdateAsync(
                s =>
                {
                    s.SetProperty(i => i.State, to);
                    set(s);
                },
                cancellationToken);
        if (updated == 0)
        {
            throw new InvalidOperationException($"Invitation action {id} cannot become {to}: it does not exist or is not Intended.");
        }
    }

    private static ActionKind QuotaKind(InvitationAction action) => action switch
    {
        InvitationAction.Accept => ActionKind.Accept,
        InvitationAction.Ignore => ActionKind.Ignore,
        _ => ActionKind.Withdraw,
    };
}
