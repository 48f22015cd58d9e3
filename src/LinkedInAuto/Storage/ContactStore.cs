using LinkedInAuto.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace LinkedInAuto.Storage;

/// <summary>Contacts keyed by canonical profile URL.</summary>
public sealed class ContactStore(IDbContextFactory<HistoryDbContext> contextFactory, TimeProvider time)
{
    /// <summary>Records a member (or refreshes the name of a known one) and returns the contact's id.</summary>
    public async Task<long> UpsertAsync(string profileUrl, string? fullName, CancellationToken cancellationToken = default)
    {
        var url = ProfileUrl.Canonicalize(profileUrl);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var contact = await UpsertAsync(context, url, fullName, time.GetUtcNow().UtcDateTime, cancellationToken);
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return contact.Id;
    }

    /// <summary>Finds a contact by profile URL (any spelling).</summary>
    public async Task<Contact?> FindAsync(string profileUrl, CancellationToken cancellationToken = default)
    {
        var url = ProfileUrl.Canonicalize(profileUrl);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.ProfileUrl == url, cancellationToken);
    }

    /// <summary>Finds or adds the contact inside the caller's write transaction, so it commits with the row that refers to it.</summary>
    /// <remarks>The caller's transaction is BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default), so reading then writing cannot race another writer.</remarks>
    internal static async Task<Contact> UpsertAsync(HistoryDbContext context, string canonicalUrl, string? fullName, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var contact = await context.Contacts.FirstOrDefaultAsync(c => c.ProfileUrl == canonicalUrl, cancellationToken);
        if (contact is null)
        {
            contact = new Contact { ProfileUrl = canonicalUrl, FullName = fullName, FirstSeenUtc = nowUtc, UpdatedUtc = nowUtc };
            context.Contacts.Add(contact);
        }
        else
        {
            contact.FullName = fullName ?? contact.FullName;
            contact.UpdatedUtc = nowUtc;
        }

        return contact;
    }
}
