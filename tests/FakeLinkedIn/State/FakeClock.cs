namespace FakeLinkedIn;

/// <summary>The fake's notion of time: a settable "today" in the member's time zone, with real time flowing within it.</summary>
/// <remarks>Setting a date puts the clock at noon of that day so that a test does not cross midnight by accident.</remarks>
public sealed class FakeClock : TimeProvider
{
    private readonly TimeProvider _inner;
    private readonly Lock _lock = new();
    private DateTimeOffset _anchorReal;
    private DateTimeOffset _anchorFake;

    public FakeClock(DateOnly today, TimeZoneInfo timeZone, TimeProvider? inner = null)
    {
        TimeZone = timeZone;
        _inner = inner ?? System;
        SetToday(today);
    }

    /// <summary>The member's time zone, in which "today" is reckoned.</summary>
    public TimeZoneInfo TimeZone { get; }

    public override TimeZoneInfo LocalTimeZone => TimeZone;

    /// <summary>Today's date in the member's time zone.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(GetUtcNow(), TimeZone).DateTime);

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return _anchorFake + (_inner.GetUtcNow() - _anchorReal);
        }
    }

    /// <summary>Moves the clock to noon of <paramref name="today"/> in the member's time zone.</summary>
    public void SetToday(DateOnly today)
    {
        var localNoon = today.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Unspecified);
        var utc = TimeZoneInfo.ConvertTimeToUtc(localNoon, TimeZone);
        lock (_lock)
        {
            _anchorReal = _inner.GetUtcNow();
            _anchorFake = new DateTimeOffset(utc, TimeSpan.Zero);
        }
    }
}
