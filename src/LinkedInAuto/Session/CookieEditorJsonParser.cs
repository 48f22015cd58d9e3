using System.Globalization;
using System.Text.Json;

namespace LinkedInAuto.Session;

/// <summary>Reads the JSON arrays exported by the Cookie-Editor and EditThisCookie browser extensions.</summary>
/// <remarks>
/// Both export Chrome's <c>cookies.Cookie</c> objects: <c>expirationDate</c> in Unix seconds (a float, absent when
/// <c>session</c> is true), <c>hostOnly</c>, and <c>sameSite</c> as <c>no_restriction</c>, <c>lax</c>, <c>strict</c>
/// or <c>unspecified</c>. EditThisCookie adds <c>id</c> and <c>storeId</c>, which are ignored. A host-only cookie is
/// stored without a leading dot and a domain cookie with one, whatever the export wrote.
/// </remarks>
public static class CookieEditorJsonParser
{
    private const string Shape = "expected a Cookie-Editor or EditThisCookie export: a JSON array [{\"name\", \"value\", \"domain\", \"path\", \"expirationDate\", \"hostOnly\", …}]";

    /// <summary>Parses <paramref name="source"/>.</summary>
    /// <exception cref="InvalidSessionException">The text is not such an export.</exception>
    public static IReadOnlyList<ParsedCookie> Parse(CookieSource source)
    {
        var reader = new JsonCookieReader(source, Shape);
        return reader.ReadAll(JsonValueKind.Array, root => root, index => "cookie #" + (index + 1).ToString(CultureInfo.InvariantCulture), (fields, where) =>
        {
            var domain = fields.String("domain").Trim();
            return new SessionCookie(
                fields.String("name"),
                fields.String("value"),
                fields.Bool("hostOnly") ? domain.TrimStart('.') : "." + domain.TrimStart('.'),
                fields.OptionalString("path") ?? "/",
                fields.Bool("session") ? null : UnixSeconds.ToExpiry(fields.Number("expirationDate") ?? -1),
                fields.Bool("httpOnly"),
                fields.Bool("secure"),
                SameSite(fields.OptionalString("sameSite"), reader, where));
        });
    }

    private static CookieSameSite SameSite(string? value, JsonCookieReader reader, string where) => value?.ToUpperInvariant() switch
    {
        null or "" or "UNSPECIFIED" => CookieSameSite.Unspecified,
        "NO_RESTRICTION" or "NONE" => CookieSameSite.None,
        "LAX" => CookieSameSite.Lax,
        "STRICT" => CookieSameSite.Strict,
        _ => throw reader.Fail($"{where}: \"sameSite\" must be no_restriction, lax, strict or unspecified"),
    };
}
