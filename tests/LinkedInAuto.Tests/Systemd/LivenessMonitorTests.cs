using LinkedInAuto.Systemd;
using Microsoft.Extensions.Time.Testing;

namespace LinkedInAuto.Tests.Systemd;

public sealed class LivenessMonitorTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void IsAlive_NoSources_True()
    {
        Assert.True(new LivenessMonitor(_time).IsAlive());
    }

    [Fact]
    public void IsAlive_EverySourceWithinMaxSilence_True()
    {
        var monitor = new LivenessMonitor(_time);
        monitor.Register("scheduler", TimeSpan.FromSeconds(60));
        monitor.Register("reaper", TimeSpan.FromSeconds(10));

        _time.Advance(TimeSpan.FromSeconds(10));

        Assert.True(monitor.IsAlive()); // exactly at the limit still counts
    }

    [Fact]
    public void IsAlive_OneSourceSilentTooLong_FalseAndNamed()
    {
        var monitor = new LivenessMonitor(_time);
        monitor.Register("scheduler", TimeSpan.FromSeconds(60));
        monitor.Register("reaper", TimeSpan.FromSeconds(10));

        _time.Advance(TimeSpan.FromSeconds(11));
        monitor.Beat("scheduler");

        Assert.False(monitor.IsAlive());
        Assert.Equal(["reaper"], monitor.GetStalledSources());
    }

    [Fact]
    public void Beat_RevivesStalledSource()
    {
        var monitor = new LivenessMonitor(_time);
        monitor.Register("reaper", TimeSpan.FromSeconds(10));
        _time.Advance(TimeSpan.FromSeconds(30));
        Assert.False(monitor.IsAlive());

        Assert.True(monitor.Beat("reaper"));

        Assert.True(monitor.IsAlive());
    }

    [Fact]
    public void Beat_UnknownSource_ReturnsFalse()
    {
        Assert.False(new LivenessMonitor(_time).Beat("nobody"));
    }

    [Fact]
    public void Unregister_RemovesStalledSource()
    {
        var monitor = new LivenessMonitor(_time);
        monitor.Register("reaper", TimeSpan.FromSeconds(10));
        _time.Advance(TimeSpan.FromSeconds(30));

        monitor.Unregister("reaper");

        Assert.True(monitor.IsAlive());
    }

    [Fact]
    public void IsAlive_WallClockJump_Ignored()
    {
        // A Pi without RTC boots in 1970 and NTP then moves the wall clock by decades.
        var clock = new WallClockJumpTimeProvider(_time);
        var monitor = new LivenessMonitor(clock);
        monitor.Register("scheduler", TimeSpan.FromSeconds(10));

        clock.WallClockOffset = TimeSpan.FromDays(365 * 50);
        _time.Advance(TimeSpan.FromSeconds(5));

        Assert.True(monitor.IsAlive());
    }

    private sealed class WallClockJumpTimeProvider(FakeTimeProvider inner) : TimeProvider
    {
        public TimeSpan WallClockOffset { get; set; }

        public override long TimestampFrequency => inner.TimestampFrequency;

        public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + WallClockOffset;

        public override long GetTimestamp() => inner.GetTimestamp();
    }
}
