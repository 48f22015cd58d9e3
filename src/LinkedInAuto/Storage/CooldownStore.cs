using LinkedInAuto.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace LinkedInAuto.Storage;

/// <summary>Cool-downs: a scope (account, bot, action kind) paused until a moment.</summary>
public sealed class CooldownStore(IDbContextFactory<HistoryDbContext> contextFactory, TimeProvider time)
{
    /// <summary>Raised once a pause is committed (LinkedIn showed a limit or throttled), so the owner can be alerted at once.</summary>
    public event Action<Cooldown>? Set;

    /// <summary>Pauses <paramref name="scope"/> until <paramref name="untilUtc"/>, replacing an earlier pause on it.</summary>
    public async Task SetAsync(string scope, DateTime untilUtc, string? reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        var now = time.GetUtcNow().UtcDateTime;
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var cooldown = await context.Cooldowns.FirstOrDefaultAsync(c => c.Scope == scope, cancellationToken);
        if (cooldown is null)
        {
            cooldown = new Cooldown { Scope = scope };
            context.Cooldowns.Add(cooldown);
        }

        cooldown.UntilUtc = untilUtc.ToUniversalTime();
        cooldown.Reason = reason;
        cooldown.CreatedUtc = now;
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Set?.Invoke(cooldown);
    }

    /// <summary>Gets the pause on <paramref name="scope"/> if it has not ended yet.</summary>
    public async Task<Cooldown?> GetActiveAsync(string scope, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Cooldowns.AsNoTracking().FirstOrDefaultAsync(c => c.Scope == scope && c.UntilUtc > now, cancellationToken);
    }

    /// <summary>Lists the pauses that have not ended yet.</summary>
    public async Task<IReadOnlyList<Cooldown>> ListActiveAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Cooldowns.AsNoTracking().Where(c => c.UntilUtc > now).OrderBy(c => c.UntilUtc).ToListAsync(cancellationToken);
    }

    /// <summary>Ends the pause on <paramref name="scope"/>.</summary>
    /// <returns>True when there was one.</returns>
    public async Task<bool> ClearAsync(string scope, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Cooldowns.Where(c => c.Scope == scope).ExecuteDeleteAsync(cancellationToken) > 0;
    }
}
