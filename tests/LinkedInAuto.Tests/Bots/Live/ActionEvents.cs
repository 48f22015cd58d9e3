using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Tests.Bots.Live;

/// <summary>One log event with its structured properties, scopes included (BOT, RUN_ID come from the runner's scope).</summary>
public sealed record CapturedEvent(DateTimeOffset At, string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A logger provider that keeps every event with its properties, to check the one-event-per-action contract.</summary>
public sealed class ActionEvents : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<CapturedEvent> _events = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    /// <summary>Gets the events so far.</summary>
    public IReadOnlyList<CapturedEvent> Events => [.. _events];

    /// <summary>Gets the per-action events (those carrying ACTION and PROFILE_URL).</summary>
    public IReadOnlyList<CapturedEvent> Actions => [.. _events.Where(e => e.Properties.ContainsKey("Action") && e.Properties.ContainsKey("ProfileUrl"))];

    /// <inheritdoc/>
    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <inheritdoc/>
    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    /// <inheritdoc/>
    public void Dispose()
    {
    }

    private sealed class Logger(ActionEvents owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
            owner._scopes.ForEachScope(
                (scope, bag) =>
                {
                    if (scope is IEnumerable<KeyValuePair<string, object>> pairs)
                    {
                        foreach (var (key, value) in pairs)
                        {
                            bag[key] = value;
                        }
                    }
                },
                properties);
            if (state is IEnumerable<KeyValuePair<string, object?>> own)
            {
                foreach (var (key, value) in own)
                {
                    properties[key] = value;
                }
            }

            owner._events.Enqueue(new CapturedEvent(DateTimeOffset.UtcNow, category, logLevel, formatter(state, exception), properties));
        }
    }
}
