namespace LinkedInAuto.Systemd;

/// <summary>Reads CLOCK_MONOTONIC, the clock systemd expects in <c>MONOTONIC_USEC=</c>.</summary>
public static class MonotonicClock
{
    /// <summary>Returns CLOCK_MONOTONIC in microseconds, as sd_notify(3) asks for with <c>RELOADING=1</c>.</summary>
    /// <exception cref="InvalidOperationException">clock_gettime failed (it cannot for CLOCK_MONOTONIC on Linux).</exception>
    public static ulong GetMicroseconds()
    {
        if (LibC.ClockGetTime(LibC.ClockMonotonic, out var value) != 0)
        {
            throw new InvalidOperationException(
                $"clock_gettime(CLOCK_MONOTONIC) failed with errno {System.Runtime.InteropServices.Marshal.GetLastPInvokeError()}.");
        }

        return ((ulong)value.Seconds * 1_000_000UL) + ((ulong)value.Nanoseconds / 1_000UL);
    }
}
