using System.Globalization;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace LinkedInAuto.Logging;

/// <summary>Writes formatted events to a text writer (stderr), one whole event per write, flushed each time.</summary>
/// <remarks>Does not own the writer: disposing only flushes it.</remarks>
public sealed class TextWriterSink : ILogEventSink, IDisposable
{
    private readonly ITextFormatter _formatter;
    private readonly TextWriter _output;
    private readonly Lock _gate = new();

    /// <summary>Creates the sink.</summary>
    public TextWriterSink(ITextFormatter formatter, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        ArgumentNullException.ThrowIfNull(output);
        _formatter = formatter;
        _output = output;
    }

    /// <inheritdoc/>
    public void Emit(LogEvent logEvent)
    {
        // Format first, then write once: lines from concurrent loggers never interleave.
        using var buffer = new StringWriter(CultureInfo.InvariantCulture);
        _formatter.Format(logEvent, buffer);
        lock (_gate)
        {
            try
            {
                _output.Write(buffer.ToString());
                _output.Flush();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                // stderr is gone (closed pipe); logging must not take the daemon down.
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        lock (_gate)
        {
            try
            {
                _output.Flush();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                // Nothing to flush into.
            }
        }
    }
}
