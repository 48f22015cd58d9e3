using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;

namespace LinkedInAuto.Scheduling;

/// <summary>The account state as last read from the history, for the status line (read every second, without a query).</summary>
public sealed class AccountWatch(AccountStateStore store) : IRunFinishedHandler
{
    private AccountStatus _current = new(AccountState.Ok, null, null);

    /// <summary>Gets the state read last.</summary>
    public AccountStatus Current => Volatile.Read(ref _current);

    /// <summary>Gets a value indicating whether the account needs the owner (checkpoint, restriction, expired session).</summary>
    public bool NeedsAttention => Current.State is AccountState.Checkpoint or AccountState.Restricted or AccountState.SessionExpired;

    /// <summary>Reads the state again.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken) =>
        Volatile.Write(ref _current, await store.GetCurrentAsync(cancellationToken));

    /// <inheritdoc/>
    public Task OnRunFinishedAsync(RunResult result, CancellationToken cancellationToken) => RefreshAsync(cancellationToken);
}
