using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Tests.Session;

/// <summary>A logger that keeps every formatted message, to assert on warnings and on the absence of secrets.</summary>
public sealed class ListLogger<T> : ILogger<T>
{
    /// <summary>Gets the messages logged, with their level.</summary>
    public List<(LogLevel Level, string Message)> Entries { get; } = [];

    /// <inheritdoc/>
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    /// <inheritdoc/>
    public bool IsEnabled(LogLevel logLevel) => true;

    /// <inheritdoc/>
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Entries.Add((logLevel, formatter(state, exception)));
}
