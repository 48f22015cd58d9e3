using LinkedInAuto.Configuration;
using LinkedInAuto.Platform;

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
        var info = MemoryInfo.Parse(probe.ReadText("/proc/meminfo"));
        if (!info.IsKnown)
        {
            return DoctorResult.Warn(Name, "cannot read MemTotal and MemAvailable from /proc/meminfo", "run the doctor on the Linux machine that runs the daemon");
        }

        var (ram, available, swap, swapFree) = (info.TotalKb * 1024, info.AvailableKb * 1024, info.SwapTotalKb * 1024, info.SwapFreeKb * 1024);
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
}
