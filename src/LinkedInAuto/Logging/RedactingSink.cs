using Serilog.Core;
using Serilog.Events;

namespace LinkedInAuto.Logging;

/// <summary>Wraps a sink so that it only ever sees events passed through <see cref="SecretRedactor.Redact(LogEvent)"/>.</summary>
public sealed class RedactingSink : ILogEventSink, IDisposable
{
    private readonly ILogEventSink _inner;

    /// <summary>Wraps <paramref name="inner"/>; disposing this disposes it.</summary>
    public RedactingSink(ILogEventSink inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
    }

    /// <inheritdoc/>
    public void Emit(LogEvent logEvent) => _inner.Emit(SecretRedactor.Redact(logEvent));

    /// <inheritdoc/>
    public void Dispose() => (_inner as IDisposable)?.Dispose();
}
