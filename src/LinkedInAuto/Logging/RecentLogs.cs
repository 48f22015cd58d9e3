using Serilog.Core;
using Serilog.Events;

namespace LinkedInAuto.Logging;

/// <summary>The daemon's last <see cref="Capacity"/> log entries in memory (after redaction), for `logs` on the control
/// socket: the web page shows them without access to the journal.</summary>
public sealed class RecentLogs : ILogEventSink
{
    /// <summary>How many entries are kept; older ones are dropped.</summary>
    public const int Capacity = 500;

    private readonly Queue<RecentLogEntry> _entries = new(Capacity);
    private readonly Lock _gate = new();

    /// <summary>Gets the kept entries, oldest first.</summary>
    public IReadOnlyList<RecentLogEntry> Entries
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries];
            }
        }
    }

    /// <inheritdoc/>
    public void Emit(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        var bot = logEvent.Properties.TryGetValue("Bot", out var value) && value is ScalarValue { Value: string name } ? name : null;
        var entry = new RecentLogEntry(
            logEvent.Timestamp.ToUniversalTime(),
            LevelName(logEvent.Level),
            bot,
            MessageRenderer.Render(logEvent),
            logEvent.Exception is { } exception ? $"{exception.GetType().Name}: {exception.Message}" : null);
        lock (_gate)
        {
            if (_entries.Count == Capacity)
            {
                _entries.Dequeue();
            }

            _entries.Enqueue(entry);
        }
    }

    /// <summary>The level names entries carry, least severe first.</summary>
    public static readonly IReadOnlyList<string> Levels = ["verbose", "debug", "information", "warning", "error", "fatal"];

    private static string LevelName(LogEventLevel level) => Levels[(int)level];
}

/// <summary>One log entry as the web page shows it.</summary>
/// <param name="AtUtc">When.</param>
/// <param name="Level">`verbose`, `debug`, `information`, `warning`, `error` or `fatal`.</param>
/// <param name="Bot">The bot whose run logged it, if any.</param>
/// <param name="Message">The rendered message (secrets redacted).</param>
/// <param name="Exception">The exception's type and message, if any.</param>
public sealed record RecentLogEntry(DateTimeOffset AtUtc, string Level, string? Bot, string Message, string? Exception);
