using LinkedInAuto.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace LinkedInAuto.Storage;

/// <summary>The run-time blacklist (members added with `linkedin-auto blacklist add`), by profile URL or name; the config file's list is checked separately.</summary>
public sealed class BlacklistStore(IDbContextFactory<HistoryDbContext> contextFactory, TimeProvider time)
{
    /// <summary>Blacklists a member by profile URL (stored canonical) or by full name (as typed, spaces tidied).</summary>
    /// <returns>False when the member already was.</returns>
    /// <exception cref="ArgumentException">The entry is neither a profile URL nor a name.</exception>
    public async Task<bool> AddAsync(string profileUrlOrName, string? reason, CancellationToken cancellationToken = default)
    {
        var url = BlacklistEntryText.Normalize(profileUrlOrName);
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

    /// <summary>Removes a member from the blacklist, by profile URL or by name (case-insensitive).</summary>
    /// <returns>False when the member was not on it.</returns>
    /// <exception cref="ArgumentException">The entry is neither a profile URL nor a name.</exception>
    public async Task<bool> RemoveAsync(string profileUrlOrName, CancellationToken cancellationToken = default)
    {
        var entry = BlacklistEntryText.Normalize(profileUrlOrName);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stored = await context.Blacklist.AsNoTracking().Select(b => new { b.Id, b.ProfileUrl }).ToListAsync(cancellationToken);
        var ids = stored.Where(b => string.Equals(b.ProfileUrl, entry, StringComparison.OrdinalIgnoreCase)).Select(b => b.Id).ToList();
        return ids.Count > 0 && await context.Blacklist.Where(b => ids.Contains(b.Id)).ExecuteDeleteAsync(cancellationToken) > 0;
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
