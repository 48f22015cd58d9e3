using System.Globalization;
using LinkedInAuto.Configuration;
using LinkedInAuto.Platform;

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

    /// <summary>Raised when a check finds too little memory (a run is about to be postponed).</summary>
    public event Action<MemoryCheck>? Short;

    /// <summary>Reads the memory now and compares it with the floor.</summary>
    public MemoryCheck Check()
    {
        var floor = _config.Current.Memory.MinAvailableMb;
        var available = _read().UsableMb;
        var check = new MemoryCheck(available >= floor, available, floor);
        if (!check.Enough)
        {
            Short?.Invoke(check);
        }

        return check;
    }
}

/// <summary>The outcome of a memory check.</summary>
/// <param name="Enough">Whether a run may start.</param>
/// <param name="AvailableMb">MemAvailable + SwapFree in MiB.</param>
/// <param name="FloorMb">The configured floor.</param>
public sealed record MemoryCheck(bool Enough, long AvailableMb, int FloorMb);

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
