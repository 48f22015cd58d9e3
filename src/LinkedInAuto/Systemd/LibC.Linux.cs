using System.Runtime.InteropServices;

namespace LinkedInAuto.Systemd;

/// <summary>The few libc calls .NET has no managed API for.</summary>
/// <remarks>
/// DllImport rather than LibraryImport: the generated marshalling for <c>out</c> structs needs unsafe code,
/// which the project does not enable. "libc" is mapped to libc.so.6 by the runtime on Linux.
/// </remarks>
internal static class LibC
{
    /// <summary>CLOCK_MONOTONIC from &lt;linux/time.h&gt;.</summary>
    public const int ClockMonotonic = 1;

    /// <summary><c>struct timespec</c> as glibc declares it for the classic ABI.</summary>
    /// <remarks>
    /// <c>{ time_t tv_sec; long tv_nsec; }</c>. On 64-bit Linux (x86-64, arm64: LP64) both members are 8 bytes,
    /// 16 in total, no padding. On 32-bit ARM with the classic 32-bit <c>time_t</c> (the <c>clock_gettime</c>
    /// symbol; the 64-bit one is <c>__clock_gettime64</c>) both are 4 bytes. <see cref="nint"/> has exactly that
    /// width on both, so one declaration fits both; a 32-bit <c>tv_sec</c> overflows only after 68 years of uptime.
    /// </remarks>
    [StructLayout(LayoutKind.Sequential)]
    public struct Timespec
    {
        public nint Seconds;
        public nint Nanoseconds;
    }

    /// <summary>clock_gettime(2); returns 0 on success, -1 and errno on failure.</summary>
    [DllImport("libc", EntryPoint = "clock_gettime", SetLastError = true)]
    public static extern int ClockGetTime(int clockId, out Timespec value);

    /// <summary>getppid(2); cannot fail.</summary>
    [DllImport("libc", EntryPoint = "getppid")]
    public static extern int GetParentProcessId();
}
