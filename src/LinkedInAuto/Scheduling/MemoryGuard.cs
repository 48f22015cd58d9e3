using System.Globalization;
using LinkedInAuto.Configuration;

namespace LinkedInAuto.Scheduling;

/// <summary>Checks, before a browser is started, that MemAvailable + SwapFree reaches `memory.min_available_mb`.</summary>
public sealed class MemoryGuard
{
    private readonly ConfigStore _config;
    private readonly Func<MemoryInfo> _read;

    /// <summary>Initializes a new instance of the <see cref="MemoryGuard"/> class reading `/proc/meminfo`.</summary>
    public MemoryGuard(ConfigStore config)
        : this(config, MemoryInfo.Read)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="MemoryGuard"/> class. For testing: a fixed reading.</summary>
    internal MemoryGuard(ConfigStore config, Func<MemoryInfo> read)
    {
        _config = config;
        _read = read;
    }

    /// <summary>Reads the memory now and compares it with the floor.</summary>
    public MemoryCheck Check()
    {
        var floor = _config.Current.Memory.MinAvailableMb;
        var available = _read().UsableMb;
        return new MemoryCheck(available >= floor, available, floor);
    }
}

/// <summary>The outcome of a memory check.</summary>
/// <param name="Enough">Whether a run may start.</param>
/// <param name="AvailableMb">MemAvailable + SwapFree in MiB.</param>
/// <param name="FloorMb">The configured floor.</param>
public sealed record MemoryCheck(bool Enough, long AvailableMb, int FloorMb);

/// <summary>The two `/proc/meminfo` lines that say how much a new process can get (proc(5)).</summary>
/// <param name="AvailableKb">MemAvailable.</param>
/// <param name="SwapFreeKb">SwapFree (zram on the Pi).</param>
public readonly record struct MemoryInfo(long AvailableKb, long SwapFreeKb)
{
    /// <summary>Gets MemAvailable + SwapFree in MiB.</summary>
    public long UsableMb => (AvailableKb + SwapFreeKb) / 1024;

    /// <summary>Reads `/proc/meminfo`.</summary>
    public static MemoryInfo Read() => Parse(File.ReadLines("/proc/meminfo"));

    /// <summary>Parses meminfo lines such as `MemAvailable:   1234 kB`.</summary>
    public static MemoryInfo Parse(IEnumerable<string> lines)
    {
        long available = 0, swapFree = 0;
        foreach (var line in lines)
        {
            if (line.StartsWith("MemAvailable:", StringComparison.Ordinal))
            {
                available = Kilobytes(line);
            }
            else if (line.StartsWith("SwapFree:", StringComparison.Ordinal))
            {
                swapFree = Kilobytes(line);
            }
        }

        return new MemoryInfo(available, swapFree);
    }

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}

/// <summary>This process's resident memory, from `/proc/self/status` (VmRSS).</summary>
public static class ProcessMemory
{
    /// <summary>Gets the resident set size in MiB, or 0 when unreadable.</summary>
    public static long ResidentMb()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
            }
        }

        return 0;
    }
}
