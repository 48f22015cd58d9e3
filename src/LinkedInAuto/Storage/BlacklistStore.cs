using LinkedInAuto.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace LinkedInAuto.Storage;

/// <summary>The run-time blacklist (members added from the CLI or by a bot); the config file's list is checked separately.</summary>
public sealed class BlacklistStore(IDbContextFactory<HistoryDbContext> contextFactory, TimeProvider time)
{
    /// <summary>Blacklists a member.</summary>
    /// <returns>False when the member already was.</returns>
    public async Task<bool> AddAsync(string profileUrl, string? reason, CancellationToken cancellationToken = default)
    {
        var url = ProfileUrl.Canonicalize(profileUrl);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        if (await context.Blacklist.AnyAsync(b => b.ProfileUrl == url, cancellationToken))
        {
            return false;
        }

        context.Blacklist.Add(new BlacklistEntry { ProfileUrl = url, Reason = reason, AddedUtc = time.GetUtcNow().UtcDateTime });
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Removes a member from the blacklist.</summary>
    /// <returns>False when the member was not on it.</returns>
    public async Task<bool> RemoveAsync(string profileUrl, CancellationToken cancellationToken = default)
    {
        var url = ProfileUrl.Canonicalize(profileUrl);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Blacklist.Where(b => b.ProfileUrl == url).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>Gets a value indicating whether a member is blacklisted.</summary>
    public async Task<bool> ContainsAsync(string profileUrl, CancellationToken cancellationToken = default)
    {
        var url = ProfileUrl.Canonicalize(profileUrl);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Blacklist.AnyAsync(b => b.ProfileUrl == url, cancellationToken);
    }

    /// <summary>Lists the blacklist, oldest first.</summary>
    public async Task<IReadOnlyList<BlacklistEntry>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Blacklist.AsNoTracking().OrderBy(b => b.Id).ToListAsync(cancellationToken);
    }
}
