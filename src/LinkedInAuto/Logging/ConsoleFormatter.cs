using System.Globalization;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Parsing;

namespace LinkedInAuto.Logging;

/// <summary>A readable one-line format for a person at a terminal: <c>HH:mm:ss LVL message  [bot #run]</c>, then the exception.</summary>
/// <remarks>
/// Only the bot and run of the event's scope are added to the message; every other property (event ids, source
/// contexts, profile URLs…) stays in the structured outputs, the journal and CLEF. Invariant culture throughout.
/// </remarks>
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
        WriteRunContext(logEvent, output);
        output.Write('\n');
        if (logEvent.Exception is not null)
        {
            output.Write(logEvent.Exception.ToString().ReplaceLineEndings("\n"));
            output.Write('\n');
        }
    }

    // "  [birthday #12]", "  [birthday #12, dry run]" or "  [birthday]": which bot and run a line belongs to, unless
    // the message already names the bot.
    private static void WriteRunContext(LogEvent logEvent, TextWriter output)
    {
        if (!logEvent.Properties.TryGetValue("Bot", out var bot)
            || logEvent.MessageTemplate.Tokens.OfType<PropertyToken>().Any(t => t.PropertyName == "Bot"))
        {
            return;
        }

        output.Write("  [");
        output.Write(PropertyText.Format(bot));
        if (logEvent.Properties.TryGetValue("RunId", out var run))
        {
            output.Write(" #");
            output.Write(PropertyText.Format(run));
        }

        if (logEvent.Properties.TryGetValue("DryRun", out var dry) && dry is ScalarValue { Value: true })
        {
            output.Write(", dry run");
        }

        output.Write(']');
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
