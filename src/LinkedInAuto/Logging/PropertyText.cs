using System.Globalization;
using Serilog.Events;
using Serilog.Formatting.Json;

namespace LinkedInAuto.Logging;

/// <summary>Invariant-culture text for property values, shared by the journal fields, messages and the console.</summary>
internal static class PropertyText
{
    // No type tags here: messages and fields are for humans; the CLEF field keeps them ("$type").
    private static readonly JsonValueFormatter s_json = new(typeTagName: null);

    /// <summary>Scalars as plain invariant text (strings unquoted); structures, sequences and dictionaries as compact JSON without type tags.</summary>
    public static string Format(LogEventPropertyValue value)
    {
        if (value is ScalarValue scalar)
        {
            return FormatScalar(scalar.Value);
        }

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        s_json.Format(value, writer);
        return writer.ToString();
    }

    /// <summary>Writes <paramref name="value"/> as <see cref="Format"/> does.</summary>
    public static void Write(LogEventPropertyValue value, TextWriter output)
    {
        if (value is ScalarValue scalar)
        {
            output.Write(FormatScalar(scalar.Value));
        }
        else
        {
            s_json.Format(value, output);
        }
    }

    /// <summary>Invariant text of a scalar: ISO 8601 for dates ("O"), <c>c</c> for time spans, lowercase booleans.</summary>
    public static string FormatScalar(object? value) => value switch
    {
        null => "null",
        string s => s,
        bool b => b ? "true" : "false",
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
