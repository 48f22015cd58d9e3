using LinkedInAuto.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace LinkedInAuto.Storage;

/// <summary>Who was wished, accepted, ignored, withdrawn or visited, when, and with which text (read-only).</summary>
public sealed class ContactActivityHistory(IDbContextFactory<HistoryDbContext> contextFactory)
{
    /// <summary>Lists the latest actions on members whose name (or profile URL) contains <paramref name="search"/>, newest first.</summary>
    public async Task<IReadOnlyList<ContactActivity>> SearchAsync(string? search, int limit, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var contacts = context.Contacts.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            // LIKE: case-insensitive for ASCII in SQLite; the pattern's own % and _ are escaped.
            var pattern = "%" + search.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            contacts = contacts.Where(c => EF.Functions.Like(c.FullName ?? string.Empty, pattern, "\\") || EF.Functions.Like(c.ProfileUrl, pattern, "\\"));
        }

        var ids = contacts.Select(c => c.Id);
        var wishes = await context.BirthdayWishes.AsNoTracking().Where(w => ids.Contains(w.ContactId))
            .OrderByDescending(w => w.Id).Take(limit).Include(w => w.Contact).ToListAsync(cancellationToken);
        var invitations = await context.HandledInvitations.AsNoTracking().Where(i => ids.Contains(i.ContactId))
            .OrderByDescending(i => i.Id).Take(limit).Include(i => i.Contact).ToListAsync(cancellationToken);
        var visits = await context.ProfileVisits.AsNoTracking().Where(v => ids.Contains(v.ContactId))
            .OrderByDescending(v => v.Id).Take(limit).Include(v => v.Contact).ToListAsync(cancellationToken);

        return [.. wishes.Select(w => new ContactActivity(Name(w.Contact), w.Contact!.ProfileUrl, "wished", Word(w.State), w.SentUtc ?? w.VerifiedUtc ?? w.FailedUtc ?? w.IntendedUtc, w.Text ?? w.IntendedText))
            .Concat(invitations.Select(i => new ContactActivity(Name(i.Contact), i.Contact!.ProfileUrl, Done(i.Action), Word(i.State), i.DoneUtc ?? i.FailedUtc ?? i.IntendedUtc, i.Rule)))
            .Concat(visits.Select(v => new ContactActivity(v.FullName ?? Name(v.Contact), v.Contact!.ProfileUrl, "visited", v.DryRun ? "dry run" : "done", v.VisitedUtc, v.Headline)))
            .OrderByDescending(a => a.AtUtc)
            .Take(limit)];
    }

    private static string Name(Contact? contact) => contact?.FullName ?? contact?.ProfileUrl ?? "?";

    private static string Done(InvitationAction action) => action switch
    {
        InvitationAction.Accept => "accepted",
        InvitationAction.Ignore => "ignored",
        _ => "withdrawn",
    };

    private static string Word(Enum state) => state switch
    {
        WishState.FoundInConversation => "found in the conversation",
        WishState.DryRun or InvitationState.DryRun => "dry run",
        _ => state.ToString().ToLowerInvariant(),
    };
}

/// <summary>One action on one member.</summary>
/// <param name="Name">The member's name (or profile URL when unknown).</param>
/// <param name="ProfileUrl">The member's profile.</param>
/// <param name="What">`wished`, `accepted`, `ignored`, `withdrawn` or `visited`.</param>
/// <param name="State">How it went: `sent`, `verified`, `failed`, `done`, `dry run`…</param>
/// <param name="AtUtc">When.</param>
/// <param name="Text">The wish's text, the invitation rule, or the visited profile's headline.</param>
public sealed record ContactActivity(string Name, string ProfileUrl, string What, string State, DateTime AtUtc, string? Text);
