using System.Globalization;
using System.Text.Json;

namespace LinkedInAuto.Session;

/// <summary>Reads a Playwright storage state (<c>context.storageState()</c>): <c>{"cookies": [...], "origins": [...]}</c>.</summary>
/// <remarks>
/// Cookie fields follow Playwright's <c>Cookie</c> type: <c>expires</c> in Unix seconds with -1 for a session cookie,
/// <c>sameSite</c> one of Strict, Lax, None. <c>origins</c> (localStorage) is accepted and ignored: LinkedIn's login
/// lives in cookies only.
/// </remarks>
public static class PlaywrightStorageStateParser
{
    private const string Shape = "expected a Playwright storage state: a JSON object {\"cookies\": [{\"name\", \"value\", \"domain\", \"path\", \"expires\", …}], \"origins\": […]}";

    /// <summary>Parses <paramref name="source"/>.</summary>
    /// <exception cref="InvalidSessionException">The text is not a storage state.</exception>
    public static IReadOnlyList<ParsedCookie> Parse(CookieSource source)
    {
        var reader = new JsonCookieReader(source, Shape);
        return reader.ReadAll(
            JsonValueKind.Object,
            root => root.TryGetProperty("cookies", out var cookies) && cookies.ValueKind == JsonValueKind.Array ? cookies : throw reader.Fail($"no \"cookies\" array; {Shape}"),
            index => "cookies[" + index.ToString(CultureInfo.InvariantCulture) + "]",
            (fields, where) => new SessionCookie(
                fields.String("name"),
                fields.String("value"),
                fields.String("domain"),
                fields.OptionalString("path") ?? "/",
                UnixSeconds.ToExpiry(fields.Number("expires") ?? -1),
                fields.Bool("httpOnly"),
                fields.Bool("secure"),
                SameSite(fields.OptionalString("sameSite"), reader, where)));
    }

    private static CookieSameSite SameSite(string? value, JsonCookieReader reader, string where) => value?.ToUpperInvariant() switch
    {
        null or "" => CookieSameSite.Unspecified,
        "LAX" => CookieSameSite.Lax,
        "STRICT" => CookieSameSite.Strict,
        "NONE" => CookieSameSite.None,
        _ => throw reader.Fail($"{where}: \"sameSite\" must be Strict, Lax or None"),
    };
}
