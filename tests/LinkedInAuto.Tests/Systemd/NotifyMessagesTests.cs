using System.Globalization;
using LinkedInAuto.Systemd;
using Microsoft.Extensions.Hosting.Systemd;

namespace LinkedInAuto.Tests.Systemd;

public sealed class NotifyMessagesTests
{
    [Fact]
    public void Constants_HaveProtocolValues()
    {
        Assert.Equal("READY=1", ServiceState.Ready.ToString());
        Assert.Equal("STOPPING=1", ServiceState.Stopping.ToString());
        Assert.Equal("WATCHDOG=1", NotifyMessages.Watchdog.ToString());
        Assert.Equal("RELOADING=1\nMONOTONIC_USEC=42", NotifyMessages.Reloading(42).ToString());
    }

    [Theory]
    [InlineData("Idle", "STATUS=Idle")]
    [InlineData("line one\nline two", "STATUS=line one line two")]
    [InlineData("a\r\nb\rc", "STATUS=a b c")]
    [InlineData("  padded  ", "STATUS=padded")]
    [InlineData("", "STATUS=")]
    public void Status_IsOneLine(string text, string expected)
    {
        Assert.Equal(expected, NotifyMessages.Status(text).ToString());
    }

    [Fact]
    public void Status_LongText_TruncatedWithoutSplittingSurrogates()
    {
        var text = new string('a', NotifyMessages.MaxStatusLength - 2) + "🙂🙂🙂";

        var status = NotifyMessages.NormalizeStatus(text);

        // The cut would fall between the two halves of the first emoji, so the whole emoji goes.
        Assert.Equal(new string('a', NotifyMessages.MaxStatusLength - 2) + "…", status);
    }

    [Fact]
    public void Combine_JoinsWithNewlines()
    {
        var combined = NotifyMessages.Combine(ServiceState.Ready, NotifyMessages.Status("Idle"));

        Assert.Equal("READY=1\nSTATUS=Idle", combined.ToString());
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
        var value = NotifyMessages.Reloading().ToString();
        var after = MonotonicClock.GetMicroseconds();

        Assert.StartsWith("RELOADING=1\nMONOTONIC_USEC=", value, StringComparison.Ordinal);
        var stamped = ulong.Parse(value.Split('=')[^1], CultureInfo.InvariantCulture);
        Assert.InRange(stamped, before, after);
    }
}
