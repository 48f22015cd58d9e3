using LinkedInAuto.Configuration;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Session;

/// <summary>The session as a bot run uses it: cookies for the configured site before the run, rotated cookies saved after.</summary>
/// <remarks>Runs are sequential (one browser at a time), so the jar remembers which import the last load came from.</remarks>
public sealed partial class SessionCookieJar(SessionStore store, ConfigStore config, TimeProvider time, ILogger<SessionCookieJar> logger)
{
    private DateTimeOffset? _loadedImport;

    /// <summary>Loads the saved cookies, mapped for <c>linkedin.base_url</c>, and logs a warning when li_at expires soon.</summary>
    /// <exception cref="SessionStoreException">No session was imported, or it cannot be decrypted (<see cref="SessionDecryptException"/>).</exception>
    public async Task<IReadOnlyList<SessionCookie>> LoadAsync(CancellationToken cancellationToken)
    {
        var session = await store.LoadAsync(cancellationToken)
            ?? throw new SessionStoreException($"{store.FilePath}: no saved LinkedIn session — import one with `linkedin-auto auth import FILE`");
        var liAt = session.LiAt ?? throw new SessionDecryptException(store.FilePath);
        var settings = config.Current;
        var expiry = SessionExpiry.Of(liAt, time.GetUtcNow(), settings.TimeZone.Zone, settings.Account.SessionExpiryWarning);
        if (expiry.Expired)
        {
            throw new SessionStoreException($"{store.FilePath}: the LinkedIn session expired on {expiry.Describe(settings.TimeZone.Zone)} — re-import with `linkedin-auto auth import`");
        }

        if (expiry.Warning)
        {
            LogExpiresSoon(expiry.Describe(settings.TimeZone.Zone));
        }

        _loadedImport = session.ImportedAt;
        return SessionCookieMapper.ForBaseUrl(session.Cookies, settings.Linkedin.BaseUrl);
    }

    /// <summary>Saves the browser's cookies after a run, since LinkedIn rotates some of them.</summary>
    /// <param name="browserCookies">Every cookie of the browser context (other sites are left out).</param>
    /// <param name="cancellationToken">Cancels before the write; a started write completes.</param>
    /// <returns>True when saved; false when the cookies hold no live li_at (the saved session is kept, a warning is logged)
    /// or when the session was re-imported or forgotten during the run (the newer state wins).</returns>
    public async Task<bool> SaveAsync(IReadOnlyList<SessionCookie> browserCookies, CancellationToken cancellationToken)
    {
        var settings = config.Current;
        var cookies = SessionCookieMapper.FromBaseUrl(browserCookies, settings.Linkedin.BaseUrl);
        var now = time.GetUtcNow();
        ValidatedSession validated;
        try
        {
            validated = SessionValidator.Validate([.. cookies.Select((c, i) => new ParsedCookie(c, $"cookie #{i + 1}"))], now, "the browser's cookies");
        }
        catch (InvalidSessionException ex)
        {
            LogNotSaved(ex.Message);
            return false;
        }

        var current = await store.LoadAsync(cancellationToken);
        if (current is null || current.ImportedAt != _loadedImport)
        {
            LogSupersededDuringRun();
            return false;
        }

        await store.SaveAsync(current with { Cookies = validated.Cookies, SavedAt = now }, cancellationToken);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The LinkedIn session cookie li_at expires {Expiry}; re-import it with `linkedin-auto auth import` before then")]
    private partial void LogExpiresSoon(string expiry);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The session was not saved after the run: {Reason}. The saved session is kept; check it with `linkedin-auto auth check`")]
    private partial void LogNotSaved(string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "The session was re-imported or forgotten during the run; the run's cookies were not saved")]
    private partial void LogSupersededDuringRun();
}
