using LinkedInAuto.Configuration;

namespace LinkedInAuto.Session;

/// <summary>Reads the saved session's status without going online.</summary>
public sealed class SessionStatusReader(SessionStore store, ConfigStore config, TimeProvider time)
{
    /// <summary>The cookie LinkedIn's pages and API need besides li_at (the CSRF token); counted, never shown.</summary>
    public const string JSessionId = "JSESSIONID";

    /// <summary>Reads the status; problems become <see cref="SessionStatus.Problem"/>, never exceptions.</summary>
    public async Task<SessionStatus> ReadAsync(CancellationToken cancellationToken)
    {
        var settings = config.Current;
        var zone = settings.TimeZone.Zone;
        var empty = new SessionStatus(store.FilePath, store.Exists, false, null, null, null, null, null, null, null, zone.Id, null, false, false, false, 0);
        if (!empty.Present)
        {
            return empty with { Problem = "no saved session — import one with `linkedin-auto auth import FILE`" };
        }

        StoredSession? session;
        string? key;
        try
        {
            (session, key) = await store.LoadDescribedAsync(cancellationToken);
        }
        catch (SessionStoreException ex)
        {
            return empty with { Problem = ex.Message };
        }

        if (session?.LiAt is not { } liAt)
        {
            return empty with { Decryptable = session is not null, Key = key, Problem = "the saved session holds no li_at cookie — re-import with `linkedin-auto auth import`" };
        }

        var expiry = SessionExpiry.Of(liAt, time.GetUtcNow(), zone, settings.Account.SessionExpiryWarning);
        return empty with
        {
            Decryptable = true,
            Key = key,
            Source = session.Source,
            ImportedAt = session.ImportedAt,
            SavedAt = session.SavedAt,
            LiAtExpiresUtc = expiry.ExpiresUtc,
            LiAtExpiresLocalDate = expiry.LocalDate,
            DaysLeft = expiry.DaysLeft,
            Expired = expiry.Expired,
            ExpiryWarning = expiry.Warning,
            HasJSessionId = session.Cookies.Any(c => c.Name == JSessionId),
            CookieCount = session.Cookies.Count,
        };
    }
}
