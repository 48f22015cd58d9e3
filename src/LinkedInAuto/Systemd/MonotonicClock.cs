using System.Diagnostics;

namespace LinkedInAuto.Systemd;

/// <summary>Reads CLOCK_MONOTONIC, the clock systemd expects in <c>MONOTONIC_USEC=</c>.</summary>
/// <remarks>On Linux, <see cref="Stopwatch"/> reads CLOCK_MONOTONIC (clock_gettime) in nanoseconds, so no libc call of our own is needed.</remarks>
public static class MonotonicClock
{
    /// <summary>Returns CLOCK_MONOTONIC in microseconds, as sd_notify(3) asks for with <c>RELOADING=1</c>.</summary>
    public static ulong GetMicroseconds() => (ulong)(Stopwatch.GetTimestamp() / (Stopwatch.Frequency / 1_000_000));
}
