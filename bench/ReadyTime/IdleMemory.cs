using System.Globalization;

namespace ReadyTime;

/// <summary>A process's resident memory: VmRSS (/proc/PID/status) and PSS (/proc/PID/smaps_rollup), in KiB.</summary>
internal sealed record IdleMemory(long RssKb, long PssKb)
{
    /// <summary>Waits <paramref name="settle"/>, then reads the memory of <paramref name="pid"/>.</summary>
    public static async Task<IdleMemory> ReadAfterAsync(int pid, TimeSpan settle)
    {
        await Task.Delay(settle);
        return new IdleMemory(Field($"/proc/{pid}/status", "VmRSS:"), Field($"/proc/{pid}/smaps_rollup", "Pss:"));
    }

    public string Cell => string.Create(CultureInfo.InvariantCulture, $"RSS {RssKb / 1024.0:F1} MiB, PSS {PssKb / 1024.0:F1}");

    private static long Field(string file, string name)
    {
        var line = File.ReadLines(file).First(l => l.StartsWith(name, StringComparison.Ordinal));
        return long.Parse(line[name.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
