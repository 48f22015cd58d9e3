namespace LinkedInAuto.Storage.Maintenance;

/// <summary>Writes RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, a quote or a line break, quotes doubled.</summary>
/// <remarks>https://www.rfc-editor.org/rfc/rfc4180#section-2.</remarks>
internal static class CsvWriter
{
    private static readonly char[] s_needsQuotes = [',', '"', '\r', '\n'];

    /// <summary>Writes one record; a null field is written empty.</summary>
    public static async Task WriteRecordAsync(TextWriter writer, IEnumerable<string?> fields, CancellationToken cancellationToken)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                await writer.WriteAsync(',');
            }

            first = false;
            await writer.WriteAsync(Escape(field).AsMemory(), cancellationToken);
        }

        await writer.WriteAsync("\r\n".AsMemory(), cancellationToken);
    }

    /// <summary>Quotes a field when RFC 4180 requires it.</summary>
    public static string Escape(string? field) =>
        field is null ? string.Empty
        : field.IndexOfAny(s_needsQuotes) < 0 ? field
        : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
