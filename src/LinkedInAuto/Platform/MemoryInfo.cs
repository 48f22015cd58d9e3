using System.Globalization;

namespace LinkedInAuto.Platform;

/// <summary>The machine's memory as <c>/proc/meminfo</c> says it (proc(5)), in KiB: the one reader, for the memory guard and `doctor`.</summary>
/// <param name="AvailableKb">MemAvailable: what a new process can get without swapping.</param>
/// <param name="SwapFreeKb">SwapFree (zram on the Pi).</param>
/// <param name="TotalKb">MemTotal.</param>
/// <param name="SwapTotalKb">SwapTotal.</param>
public readonly record struct MemoryInfo(long AvailableKb, long SwapFreeKb, long TotalKb = 0, long SwapTotalKb = 0)
{
    /// <summary>Gets MemAvailable + SwapFree in MiB: what a run can count on.</summary>
    public long UsableMb => (AvailableKb + SwapFreeKb) / 1024;

    /// <summary>Gets a value indicating whether MemTotal and MemAvailable were found.</summary>
    public bool IsKnown => TotalKb > 0 && AvailableKb > 0;

    /// <summary>Reads <c>/proc/meminfo</c>.</summary>
    public static MemoryInfo Read() => Parse(File.ReadLines("/proc/meminfo"));

    /// <summary>Parses the text of <c>/proc/meminfo</c>; an empty or null text gives an unknown reading.</summary>
    public static MemoryInfo Parse(string? text) => Parse((text ?? string.Empty).Split('\n'));

    /// <summary>Parses meminfo lines such as <c>MemAvailable:   1234 kB</c>; other lines are ignored.</summary>
    public static MemoryInfo Parse(IEnumerable<string> lines)
    {
        long available = 0, swapFree = 0, total = 0, swapTotal = 0;
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var fields = colon > 0 ? line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            if (fields.Length == 0 || !long.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kb))
            {
                continue;
            }

            switch (line[..colon])
            {
                case "MemAvailable": available = kb; break;
                case "SwapFree": swapFree = kb; break;
                case "MemTotal": total = kb; break;
                case "SwapTotal": swapTotal = kb; break;
            }
        }

        return new MemoryInfo(available, swapFree, total, swapTotal);
    }
}
