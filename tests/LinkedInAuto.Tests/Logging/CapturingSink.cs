using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace LinkedInAuto.Tests.Logging;

/// <summary>An in-memory Serilog sink, plus a helper that creates real events through a real logger.</summary>
public sealed class CapturingSink : ILogEventSink, IDisposable
{
    private readonly Lock _gate = new();
    private readonly List<LogEvent> _events = [];

    public IReadOnlyList<LogEvent> Events
    {
        get
        {
            lock (_gate)
            {
                return [.. _events];
            }
        }
    }

    public bool IsDisposed { get; private set; }

    public void Emit(LogEvent logEvent)
    {
        lock (_gate)
        {
            _events.Add(logEvent);
        }
    }

    public void Dispose() => IsDisposed = true;

    /// <summary>Returns the single event <paramref name="log"/> writes through a Verbose-level logger.</summary>
    public static LogEvent Capture(Action<ILogger> log)
    {
        var sink = new CapturingSink();
        using (var logger = new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(sink).CreateLogger())
        {
            log(logger);
        }

        return Assert.Single(sink.Events);
    }
}
