using System.Globalization;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Json;
using Serilog.Parsing;

namespace LinkedInAuto.Logging;

/// <summary>A readable one-line format for terminals: <c>HH:mm:ss LVL message  key=value …</c>, then the exception.</summary>
/// <remarks>Properties already shown in the message are not repeated. Invariant culture throughout.</remarks>
public sealed class ConsoleFormatter : ITextFormatter
{
    /// <inheritdoc/>
    public void Format(LogEvent logEvent, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        ArgumentNullException.ThrowIfNull(output);

        output.Write(logEvent.Timestamp.ToString("HH:mm:ss", CultureInfo.InvariantCulture));
        output.Write(' ');
        output.Write(LevelCode(logEvent.Level));
        output.Write(' ');
        MessageRenderer.Render(logEvent, output);

        var shown = logEvent.MessageTemplate.Tokens.OfType<PropertyToken>().Select(t => t.PropertyName).ToHashSet(StringComparer.Ordinal);
        var separator = "  ";
        foreach (var (name, value) in logEvent.Properties)
        {
            if (shown.Contains(name))
            {
                continue;
            }

            output.Write(separator);
            separator = " ";
            output.Write(name);
            output.Write('=');
            WriteValue(value, output);
        }

        output.Write('\n');
        if (logEvent.Exception is not null)
        {
            output.Write(logEvent.Exception.ToString().ReplaceLineEndings("\n"));
            output.Write('\n');
        }
    }

    private static void WriteValue(LogEventPropertyValue value, TextWriter output)
    {
        var text = PropertyText.Format(value);
        var needsQuotes = value is ScalarValue { Value: string }
            && (text.Length == 0 || text.Any(c => char.IsWhiteSpace(c) || c is '"' or '=' || char.IsControl(c)));
        if (needsQuotes)
        {
            JsonValueFormatter.WriteQuotedJsonString(text, output);
        }
        else
        {
            output.Write(text);
        }
    }

    private static string LevelCode(LogEventLevel level) => level switch
    {
        LogEventLevel.Verbose => "VRB",
        LogEventLevel.Debug => "DBG",
        LogEventLevel.Information => "INF",
        LogEventLevel.Warning => "WRN",
        LogEventLevel.Error => "ERR",
        _ => "FTL",
    };
}
