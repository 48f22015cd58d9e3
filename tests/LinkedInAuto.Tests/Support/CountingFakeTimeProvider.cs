using Microsoft.Extensions.Time.Testing;

namespace LinkedInAuto.Tests.Support;

/// <summary>A <see cref="FakeTimeProvider"/> that counts the timers created through it, so a test can tell that the code
/// under test armed its timer (or did not) before it moves time.</summary>
public sealed class CountingFakeTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private int _created;

    /// <summary>Gets how many timers were created.</summary>
    public int TimersCreated => Volatile.Read(ref _created);

    /// <inheritdoc/>
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Interlocked.Increment(ref _created);
        return base.CreateTimer(callback, state, dueTime, period);
    }
}
