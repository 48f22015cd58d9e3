using System.Globalization;

namespace LinkedInAuto.Storage.Maintenance;

/// <summary>Turns a stored SQLite value into the text an export shows.</summary>
internal static class ExportValue
{
    /// <summary>Converts a value read from SQLite: null stays null, `*_utc` columns become ISO 8601 with `Z`, blobs base64.</summary>
    public static object? Normalize(string column, object value) => value switch
    {
        DBNull => null,
        string text when column.EndsWith("_utc", StringComparison.Ordinal) && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc)
            => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture),
        byte[] bytes => Convert.ToBase64String(bytes),
        _ => value,
    };

    /// <summary>Formats a normalized value for CSV.</summary>
    public static string? ToText(object? value) => value switch
    {
        null => null,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
