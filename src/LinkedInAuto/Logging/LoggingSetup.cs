using LinkedInAuto.Systemd;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace LinkedInAuto.Logging;

/// <summary>Creates the process-wide Serilog logger: format, levels, redaction of secrets on every sink.</summary>
public static class LoggingSetup
{
    /// <summary>Creates the logger for <paramref name="options"/>; text formats and fallbacks go to <paramref name="stderr"/>.</summary>
    /// <param name="options">Format, levels, journal settings.</param>
    /// <param name="stderr">Usually <see cref="Console.Error"/>.</param>
    /// <param name="environment">Usually <see cref="SystemdEnvironment.Current"/>.</param>
    /// <param name="extraSinks">More sinks (e.g. an in-memory sink in tests); they are redacted too.</param>
    public static Logger CreateLogger(
        LoggingOptions options, TextWriter stderr, SystemdEnvironment environment, IEnumerable<ILogEventSink>? extraSinks = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var format = LogFormatResolver.Resolve(options.Format, environment, options.JournalSocketPath);
        return CreateLogger(options, format, stderr, extraSinks);
    }

    /// <summary>Creates a logger with <paramref name="format"/> and <paramref name="minimumLevel"/> and the default overrides.</summary>
    public static Logger CreateLogger(LogFormat format, LogEventLevel minimumLevel, TextWriter stderr, SystemdEnvironment environment) =>
        CreateLogger(new LoggingOptions { Format = format, MinimumLevel = minimumLevel }, stderr, environment);

    /// <summary>The hard-coded logger used before configuration is read, or when reading it failed (Jellyfin style).</summary>
    public static Logger CreateBootstrapLogger(TextWriter stderr) =>
        CreateLogger(new LoggingOptions(), stderr, SystemdEnvironment.Current);

    /// <summary>Creates the logger with an already resolved format.</summary>
    internal static Logger CreateLogger( // For testing
        LoggingOptions options, LogFormat format, TextWriter stderr, IEnumerable<ILogEventSink>? extraSinks)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stderr);

        var configuration = new LoggerConfiguration()
            .MinimumLevel.Is(options.MinimumLevel)
            .Enrich.FromLogContext();
        foreach (var (source, level) in options.Overrides)
        {
            configuration.MinimumLevel.Override(source, level);
        }

        ILogEventSink sink = format switch
        {
            LogFormat.Journal => new JournalSink(
                new JournalDatagramWriter(options.JournalSocketPath, stderr), options.SyslogIdentifier),
            LogFormat.Json => new TextWriterSink(Clef.Formatter, stderr),
            _ => new TextWriterSink(new ConsoleFormatter(), stderr),
        };

        // Redaction wraps every sink: a secret must not reach any output, whatever sink is added later.
        configuration.WriteTo.Sink(new RedactingSink(sink));
        foreach (var extra in extraSinks ?? [])
        {
            configuration.WriteTo.Sink(new RedactingSink(extra));
        }

        return configuration.CreateLogger();
    }
}
