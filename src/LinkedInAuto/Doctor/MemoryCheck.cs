using System.Globalization;
using LinkedInAuto.Browser;

namespace LinkedInAuto.Doctor;

/// <summary>RAM and swap from /proc/meminfo, against what a run needs: the daemon's memory floor plus the browser itself.</summary>
public sealed class MemoryCheck(DoctorContext context, ISystemProbe probe) : IDoctorCheck
{
    /// <summary>Peak PSS of the driver and Chromium in default mode (Browser/README.md, bench/browser-memory.sh: 604 MiB).</summary>
    public const int BrowserHeadroomMiB = 600;

    /// <summary>The same in low_memory mode (measured 423 MiB).</summary>
    public const int LowMemoryBrowserHeadroomMiB = 450;

    /// <inheritdoc/>
    public string Name => "ram+swap";

    /// <inheritdoc/>
    public bool UsesConfig => true;

    /// <inheritdoc/>
    public Task<DoctorResult> RunAsync(CancellationToken cancellationToken) => Task.FromResult(Check());

    private DoctorResult Check()
    {
        var info = Parse(probe.ReadText("/proc/meminfo"));
        if (!info.TryGetValue("MemTotal", out var ram) || !info.TryGetValue("MemAvailable", out var available))
        {
            return DoctorResult.Warn(Name, "cannot read MemTotal and MemAvailable from /proc/meminfo", "run the doctor on the Linux machine that runs the daemon");
        }

        var swap = info.GetValueOrDefault("SwapTotal");
        var swapFree = info.GetValueOrDefault("SwapFree");
        var floor = context.Config.Memory.MinAvailableMb * ByteSize.MiB;
        var lowMemory = context.Config.Browser.Mode == BrowserMode.LowMemory;
        var headroom = (lowMemory ? LowMemoryBrowserHeadroomMiB : BrowserHeadroomMiB) * ByteSize.MiB;
        var summary = $"{ByteSize.Format(ram)} RAM, {ByteSize.Format(swap)} swap";
        if (ram + swap < floor + headroom)
        {
            return DoctorResult.Warn(
                Name,
                $"{summary}: less than the {ByteSize.Format(floor + headroom)} a run needs (memory.min_available_mb {context.Config.Memory.MinAvailableMb} + ~{headroom / ByteSize.MiB} MiB for the browser)",
                "add swap in RAM (`sudo apt install systemd-zram-generator`, then reboot)" + (lowMemory ? string.Empty : ", or set browser.mode: low_memory"));
        }

        if (available + swapFree < floor)
        {
            return DoctorResult.Warn(
                Name,
                $"{summary}; only {ByteSize.Format(available + swapFree)} available now, under memory.min_available_mb ({context.Config.Memory.MinAvailableMb} MiB): runs are postponed",
                "see what holds the memory (`ps -eo rss,pid,user,args --sort=-rss | head`); leftover browsers are listed under orphans");
        }

        return DoctorResult.Pass(Name, $"{summary}; {ByteSize.Format(available + swapFree)} available (a run needs {ByteSize.Format(floor)} free to start)");
    }

    // proc(5): "MemTotal:       3884412 kB", values in KiB.
    private static Dictionary<string, long> Parse(string? text)
    {
        var values = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in (text ?? string.Empty).Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var fields = colon > 0 ? line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            if (fields.Length > 0 && long.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kib))
            {
                values[line[..colon]] = kib * 1024;
            }
        }

        return values;
    }
}
