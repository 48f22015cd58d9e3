using System.Diagnostics;
using System.Globalization;
using LinkedInAuto.Systemd;

namespace LinkedInAuto.Tests.Systemd;

public sealed class ServiceStateTests
{
    [Fact]
    public void Constants_HaveProtocolValues()
    {
        Assert.Equal("READY=1", ServiceState.Ready.Value);
        Assert.Equal("STOPPING=1", ServiceState.Stopping.Value);
        Assert.Equal("WATCHDOG=1", ServiceState.Watchdog.Value);
        Assert.Equal("RELOADING=1\nMONOTONIC_USEC=42", ServiceState.Reloading(42).Value);
    }

    [Theory]
    [InlineData("Idle", "STATUS=Idle")]
    [InlineData("line one\nline two", "STATUS=line one line two")]
    [InlineData("a\r\nb\rc", "STATUS=a b c")]
    [InlineData("  padded  ", "STATUS=padded")]
    [InlineData("", "STATUS=")]
    public void Status_IsOneLine(string text, string expected)
    {
        Assert.Equal(expected, ServiceState.Status(text).Value);
    }

    [Fact]
    public void Status_LongText_TruncatedWithoutSplittingSurrogates()
    {
        var text = new string('a', ServiceState.MaxStatusLength - 2) + "🙂🙂🙂";

        var status = ServiceState.NormalizeStatus(text);

        // The cut would fall between the two halves of the first emoji, so the whole emoji goes.
        Assert.Equal(new string('a', ServiceState.MaxStatusLength - 2) + "…", status);
    }

    [Fact]
    public void Combine_JoinsWithNewlines()
    {
        var combined = ServiceState.Combine(ServiceState.Ready, ServiceState.Status("Idle"));

        Assert.Equal("READY=1\nSTATUS=Idle", combined.Value);
    }

    [Fact]
    public void MonotonicClock_MatchesStopwatchClock()
    {
        // On Linux, Stopwatch reads clock_gettime(CLOCK_MONOTONIC) in ns: the same clock, independently read.
        var before = Stopwatch.GetTimestamp();
        var usec = MonotonicClock.GetMicroseconds();
        var after = Stopwatch.GetTimestamp();

        var beforeUsec = (ulong)(before / (double)Stopwatch.Frequency * 1_000_000);
        var afterUsec = (ulong)(after / (double)Stopwatch.Frequency * 1_000_000);
        Assert.InRange(usec, beforeUsec - 1_000, afterUsec + 1_000);
    }

    [Fact]
    public void MonotonicClock_RoughlyMatchesProcUptime()
    {
        // /proc/uptime is CLOCK_BOOTTIME in seconds; it equals CLOCK_MONOTONIC plus time spent suspended.
        var usec = MonotonicClock.GetMicroseconds();
        var uptime = double.Parse(File.ReadAllText("/proc/uptime").Split(' ')[0], CultureInfo.InvariantCulture);

        var seconds = usec / 1_000_000.0;
        Assert.InRange(seconds, 0.0, uptime + 1.0); // not nanoseconds: never ahead of boot time
        Assert.True(seconds / uptime > 0.01, $"monotonic {seconds}s vs uptime {uptime}s: milliseconds?");
    }

    [Fact]
    public void Reloading_StampsCurrentMonotonicTime()
    {
        var before = MonotonicClock.GetMicroseconds();
        var value = ServiceState.Reloading().Value;
        var after = MonotonicClock.GetMicroseconds();

        Assert.StartsWith("RELOADING=1\nMONOTONIC_USEC=", value, StringComparison.Ordinal);
        var stamped = ulong.Parse(value.Split('=')[^1], CultureInfo.InvariantCulture);
        Assert.InRange(stamped, before, after);
    }
}
