using System.Globalization;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Compact;

namespace LinkedInAuto.Logging;

/// <summary>The Compact Log Event Format (CLEF) as Serilog.Formatting.Compact writes it: `--log-format json` and the journal's CLEF field.</summary>
public static class Clef
{
    /// <summary>Gets the formatter: one JSON object per event, then a newline.</summary>
    public static ITextFormatter Formatter { get; } = new CompactJsonFormatter();

    /// <summary>Returns the CLEF object of <paramref name="logEvent"/> without the trailing newline.</summary>
    public static string Format(LogEvent logEvent)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Formatter.Format(logEvent, writer);
        return writer.ToString().TrimEnd('\n', '\r');
    }
}
