using System.Globalization;
using Serilog.Core;
using Serilog.Events;

namespace LinkedInAuto.Logging;

/// <summary>Serilog sink writing each event as one journald entry over the native protocol.</summary>
/// <remarks>
/// Fields: <c>MESSAGE</c> (rendered, invariant), <c>PRIORITY</c>, <c>SYSLOG_IDENTIFIER</c> (libsystemd adds it
/// automatically; a hand-written client must), <c>LOGGER</c> (SourceContext), <c>EXCEPTION_TYPE</c>,
/// <c>EXCEPTION</c>, every property upper-cased (<c>RunId</c> ⇒ <c>RUN_ID</c>), and the event as CLEF JSON in
/// <c>CLEF</c> for lossless export (<c>journalctl -o json</c>). A property whose field name collides with one of
/// ours gets an <c>X_</c> prefix so it cannot shadow <c>MESSAGE</c> or <c>PRIORITY</c>.
/// </remarks>
public sealed class JournalSink : ILogEventSink, IDisposable
{
    /// <summary>Default <c>SYSLOG_IDENTIFIER</c>; keep equal to the unit's <c>SyslogIdentifier=</c>.</summary>
    public const string DefaultSyslogIdentifier = "linkedin-auto";

    private static readonly HashSet<string> s_ownFields = new(StringComparer.Ordinal)
    {
        "MESSAGE", "PRIORITY", "SYSLOG_IDENTIFIER", "LOGGER", "EXCEPTION", "EXCEPTION_TYPE", "CLEF",
        JournalSerializer.TruncatedFieldsName,
    };

    private readonly JournalDatagramWriter _writer;
    private readonly string _syslogIdentifier;

    /// <summary>Creates the sink; it owns and disposes <paramref name="writer"/>.</summary>
    public JournalSink(JournalDatagramWriter writer, string syslogIdentifier = DefaultSyslogIdentifier)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentException.ThrowIfNullOrEmpty(syslogIdentifier);
        _writer = writer;
        _syslogIdentifier = syslogIdentifier;
    }

    /// <inheritdoc/>
    public void Emit(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        _writer.Send(CreateEntry(logEvent));
    }

    /// <inheritdoc/>
    public void Dispose() => _writer.Dispose();

    /// <summary>Builds the journal entry for <paramref name="logEvent"/>.</summary>
    internal JournalEntry CreateEntry(LogEvent logEvent)
    {
        var entry = new JournalEntry()
            .Add("MESSAGE", MessageRenderer.Render(logEvent))
            .Add("PRIORITY", JournalPriority.FromLevel(logEvent.Level).ToString(CultureInfo.InvariantCulture))
            .Add("SYSLOG_IDENTIFIER", _syslogIdentifier);

        if (logEvent.Properties.TryGetValue(Serilog.Core.Constants.SourceContextPropertyName, out var source)
            && source is ScalarValue { Value: string logger })
        {
            entry.Add("LOGGER", logger);
        }

        if (logEvent.Exception is { } exception)
        {
            entry.Add("EXCEPTION_TYPE", exception is RedactedException redacted
                ? redacted.OriginalTypeName
                : exception.GetType().FullName);
            entry.Add("EXCEPTION", exception.ToString());
        }

        foreach (var (name, value) in logEvent.Properties)
        {
            if (string.Equals(name, Serilog.Core.Constants.SourceContextPropertyName, StringComparison.Ordinal))
            {
                continue; // already LOGGER
            }

            var field = JournalFieldName.FromPropertyName(name);
            if (s_ownFields.Contains(field))
            {
                field = JournalFieldName.Sanitize("X_" + field);
            }

            entry.Add(field, PropertyText.Format(value));
        }

        // Last: it repeats everything above, so it is the first to be cut when an entry is too large.
        return entry.Add("CLEF", Clef.Format(logEvent));
    }
}
