using System.Globalization;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Json;
using Serilog.Parsing;

namespace LinkedInAuto.Logging;

/// <summary>Writes events in the Compact Log Event Format, one JSON object per line, like Serilog's CompactJsonFormatter.</summary>
/// <remarks>
/// Order: <c>@t</c> (UTC, round-trip "O"), <c>@mt</c>, <c>@r</c> (only when a token has a format), <c>@l</c> (only when
/// not Information), <c>@x</c>, <c>@tr</c>, <c>@sp</c>, then user properties, a leading <c>@</c> doubled
/// (serilog-formatting-compact README, "Format details").
/// </remarks>
public sealed class ClefFormatter : ITextFormatter
{
    private static readonly JsonValueFormatter s_valueFormatter = new(typeTagName: "$type");

    /// <inheritdoc/>
    public void Format(LogEvent logEvent, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        ArgumentNullException.ThrowIfNull(output);
        FormatEvent(logEvent, output);
        output.Write('\n');
    }

    /// <summary>Returns the CLEF object of <paramref name="logEvent"/> without the trailing newline.</summary>
    public static string FormatToString(LogEvent logEvent)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        FormatEvent(logEvent, writer);
        return writer.ToString();
    }

    /// <summary>Writes the CLEF object of <paramref name="logEvent"/> without a trailing newline.</summary>
    public static void FormatEvent(LogEvent logEvent, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        ArgumentNullException.ThrowIfNull(output);

        output.Write("{\"@t\":\"");
        output.Write(logEvent.Timestamp.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        output.Write("\",\"@mt\":");
        JsonValueFormatter.WriteQuotedJsonString(logEvent.MessageTemplate.Text, output);
        WriteRenderings(logEvent, output);

        if (logEvent.Level != LogEventLevel.Information)
        {
            output.Write(",\"@l\":\"");
            output.Write(LevelName(logEvent.Level));
            output.Write('"');
        }

        if (logEvent.Exception is not null)
        {
            output.Write(",\"@x\":");
            JsonValueFormatter.WriteQuotedJsonString(logEvent.Exception.ToString(), output);
        }

        if (logEvent.TraceId is { } traceId)
        {
            output.Write(",\"@tr\":\"");
            output.Write(traceId.ToHexString());
            output.Write('"');
        }

        if (logEvent.SpanId is { } spanId)
        {
            output.Write(",\"@sp\":\"");
            output.Write(spanId.ToHexString());
            output.Write('"');
        }

        foreach (var (name, value) in logEvent.Properties)
        {
            output.Write(',');
            JsonValueFormatter.WriteQuotedJsonString(name.StartsWith('@') ? "@" + name : name, output);
            output.Write(':');
            s_valueFormatter.Format(value, output);
        }

        output.Write('}');
    }

    private static void WriteRenderings(LogEvent logEvent, TextWriter output)
    {
        var first = true;
        foreach (var token in logEvent.MessageTemplate.Tokens)
        {
            if (token is not PropertyToken { Format: not null } property)
            {
                continue;
            }

            output.Write(first ? ",\"@r\":[" : ",");
            first = false;
            using var rendering = new StringWriter(CultureInfo.InvariantCulture);
            MessageRenderer.WriteProperty(property, logEvent.Properties, rendering, literalStrings: false);
            JsonValueFormatter.WriteQuotedJsonString(rendering.ToString(), output);
        }

        if (!first)
        {
            output.Write(']');
        }
    }

    private static string LevelName(LogEventLevel level) => level switch
    {
        LogEventLevel.Verbose => "Verbose",
        LogEventLevel.Debug => "Debug",
        LogEventLevel.Information => "Information",
        LogEventLevel.Warning => "Warning",
        LogEventLevel.Error => "Error",
        _ => "Fatal",
    };
}
