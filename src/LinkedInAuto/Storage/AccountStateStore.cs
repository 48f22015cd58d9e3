using LinkedInAuto.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace LinkedInAuto.Storage;

/// <summary>Whether the account needs attention: the current state and its history.</summary>
public sealed class AccountStateStore(IDbContextFactory<HistoryDbContext> contextFactory, TimeProvider time)
{
    /// <summary>Raised once a new state is committed (a danger seen mid-run, `resume`), so the owner can be alerted at once.</summary>
    public event Action<AccountStatus>? Changed;

    /// <summary>Gets the current state (<see cref="AccountState.Ok"/> when none was ever recorded).</summary>
    public async Task<AccountStatus> GetCurrentAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var latest = await context.AccountStates.AsNoTracking().OrderByDescending(s => s.Id).FirstOrDefaultAsync(cancellationToken);
        return latest is null ? new AccountStatus(AccountState.Ok, null, null) : new AccountStatus(latest.State, latest.SinceUtc, latest.Reason);
    }

    /// <summary>Records a state; nothing is written when it equals the current one.</summary>
    /// <returns>True when the state changed.</returns>
    public async Task<bool> SetAsync(AccountState state, string? reason, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var current = await context.AccountStates.OrderByDescending(s => s.Id).Select(s => (AccountState?)s.State).FirstOrDefaultAsync(cancellationToken);
        if ((current ?? AccountState.Ok) == state)
        {
            return false;
        }

        var since = time.GetUtcNow().UtcDateTime;
        context.AccountStates.Add(new AccountStateChange { State = state, SinceUtc = since, Reason = reason });
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Changed?.Invoke(new AccountStatus(state, since, reason));
        return true;
    }

    /// <summary>Lists the latest state changes, newest first.</summary>
    public async Task<IReadOnlyList<AccountStateChange>> HistoryAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.AccountStates.AsNoTracking().OrderByDescending(s => s.Id).Take(limit).ToListAsync(cancellationToken);
    }
}
