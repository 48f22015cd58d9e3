namespace LinkedInAuto.Tests;

/// <summary>Real time flowing from a chosen moment: timers and timestamps are real, "now" is shifted (simulated days).</summary>
public sealed class OffsetTimeProvider : TimeProvider
{
    private long _offsetTicks;

    /// <summary>Initializes a new instance of the <see cref="OffsetTimeProvider"/> class so that now is <paramref name="start"/>.</summary>
    public OffsetTimeProvider(DateTimeOffset start) => MoveTo(start);

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Jumps to <paramref name="when"/>; time keeps flowing from there.</summary>
    public void MoveTo(DateTimeOffset when) => Interlocked.Exchange(ref _offsetTicks, (when - System.GetUtcNow()).Ticks);

    /// <summary>Jumps forward by <paramref name="delta"/>.</summary>
    public void Advance(TimeSpan delta) => MoveTo(GetUtcNow() + delta);
}
