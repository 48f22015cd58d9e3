using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Tests.Systemd;

/// <summary>One entry written to a <see cref="RecordingLogger{T}"/>.</summary>
public sealed record RecordedLog(LogLevel Level, string Message, Exception? Exception);

/// <summary>A Microsoft.Extensions.Logging logger that keeps what it was given, for assertions.</summary>
public sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly Lock _gate = new();
    private readonly List<RecordedLog> _entries = [];

    public IReadOnlyList<RecordedLog> Entries
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(
        LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        lock (_gate)
        {
            _entries.Add(new RecordedLog(logLevel, formatter(state, exception), exception));
        }
    }
}
