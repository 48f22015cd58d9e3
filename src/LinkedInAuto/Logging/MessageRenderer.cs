using System.Globalization;
using Serilog.Events;
using Serilog.Parsing;

namespace LinkedInAuto.Logging;

/// <summary>Renders the message of an event for humans: invariant culture, strings without quotes, objects as JSON.</summary>
/// <remarks>
/// Equivalent to Serilog's <c>{Message:lj}</c> output template, which is what Serilog's own console sink uses;
/// the default rendering would put quotes around every string. Format specifiers and alignment are honoured.
/// </remarks>
internal static class MessageRenderer
{
    /// <summary>Returns the rendered message of <paramref name="logEvent"/>.</summary>
    public static string Render(LogEvent logEvent)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Render(logEvent, writer);
        return writer.ToString();
    }

    /// <summary>Writes the rendered message of <paramref name="logEvent"/> to <paramref name="output"/>.</summary>
    public static void Render(LogEvent logEvent, TextWriter output)
    {
        foreach (var token in logEvent.MessageTemplate.Tokens)
        {
            if (token is TextToken text)
            {
                output.Write(text.Text);
            }
            else if (token is PropertyToken property)
            {
                WriteProperty(property, logEvent.Properties, output, literalStrings: true);
            }
        }
    }

    /// <summary>Writes one property token, padded to its alignment; a missing property is written as the raw token.</summary>
    /// <param name="token">The token.</param>
    /// <param name="properties">The event's properties.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="literalStrings">True for <c>:lj</c> rendering; false for Serilog's own (used for CLEF <c>@r</c>).</param>
    public static void WriteProperty(
        PropertyToken token, IReadOnlyDictionary<string, LogEventPropertyValue> properties, TextWriter output, bool literalStrings)
    {
        if (!properties.TryGetValue(token.PropertyName, out var value))
        {
            output.Write(token.ToString());
            return;
        }

        string text;
        if (!literalStrings)
        {
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            value.Render(writer, token.Format, CultureInfo.InvariantCulture);
            text = writer.ToString();
        }
        else if (token.Format is { } format && value is ScalarValue { Value: IFormattable formattable })
        {
            text = formattable.ToString(format, CultureInfo.InvariantCulture);
        }
        else
        {
            text = PropertyText.Format(value);
        }

        if (token.Alignment is not { } alignment || text.Length >= alignment.Width)
        {
            output.Write(text);
        }
        else if (alignment.Direction == AlignmentDirection.Left)
        {
            output.Write(text.PadRight(alignment.Width));
        }
        else
        {
            output.Write(text.PadLeft(alignment.Width));
        }
    }
}
