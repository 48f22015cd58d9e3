using LinkedInAuto.Configuration;

namespace LinkedInAuto.Session;

/// <summary>Turns a cookie export into the saved session: parse, validate, then (only then) replace the session file.</summary>
public sealed class SessionImporter(SessionStore store, ConfigStore config, TimeProvider time)
{
    /// <summary>Imports <paramref name="source"/> read as <paramref name="format"/> (<see cref="SessionFormat.Auto"/> detects it).</summary>
    /// <exception cref="InvalidSessionException">The export is unusable; the saved session is untouched.</exception>
    /// <exception cref="SessionStoreException">The key or the state directory is unusable; the saved session is untouched.</exception>
    public async Task<SessionImportResult> ImportAsync(CookieSource source, SessionFormat format, CancellationToken cancellationToken)
    {
        var (actual, cookies) = SessionFormatSniffer.Parse(source, format);
        return await StoreAsync(actual, cookies, source.Name, cancellationToken);
    }

    /// <summary>Imports a bare li_at value (from <c>--li-at</c> or stdin).</summary>
    /// <exception cref="InvalidSessionException">The value is not plausible; the saved session is untouched.</exception>
    /// <exception cref="SessionStoreException">The key or the state directory is unusable; the saved session is untouched.</exception>
    public Task<SessionImportResult> ImportLiAtAsync(string value, CancellationToken cancellationToken) =>
        StoreAsync(SessionFormat.LiAtValue, LiAtValueParser.Parse(value), "--li-at", cancellationToken);

    private async Task<SessionImportResult> StoreAsync(SessionFormat format, IReadOnlyList<ParsedCookie> cookies, string sourceName, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var validated = SessionValidator.Validate(cookies, now, sourceName);
        await store.SaveAsync(new StoredSession(validated.Cookies, now, format, now), cancellationToken);
        using var key = await store.Keys.TryLoadAsync(cancellationToken);
        var settings = config.Current;
        var expiry = SessionExpiry.Of(validated.LiAt, now, settings.TimeZone.Zone, settings.Account.SessionExpiryWarning);
        return new SessionImportResult(format, validated, expiry, store.FilePath, key?.Description ?? string.Empty);
    }
}
