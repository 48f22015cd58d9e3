using System.Globalization;

namespace LinkedInAuto.Doctor;

/// <summary>Whether compressed swap in RAM (zram) is active, as the package's zram-generator drop-in sets up.</summary>
public sealed class ZramCheck(ISystemProbe probe) : IDoctorCheck
{
    /// <summary>The generator systemd-zram-generator installs; present means only a reboot (or a restart of its unit) is missing.</summary>
    public const string Generator = "/usr/lib/systemd/system-generators/zram-generator";

    /// <inheritdoc/>
    public string Name => "zram";

    /// <inheritdoc/>
    public bool UsesConfig => false;

    /// <inheritdoc/>
    public Task<DoctorResult> RunAsync(CancellationToken cancellationToken)
    {
        // proc(5) /proc/swaps: "Filename Type Size Used Priority", sizes in KiB, after a header line.
        var zram = (probe.ReadText("/proc/swaps") ?? string.Empty).Split('\n').Skip(1)
            .Select(line => line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields.Length >= 5 && fields[0].StartsWith("/dev/zram", StringComparison.Ordinal))
            .Select(fields => $"{fields[0]} {ByteSize.Format(long.Parse(fields[2], CultureInfo.InvariantCulture) * 1024)} (priority {fields[4]})")
            .ToList();
        if (zram.Count > 0)
        {
            return Task.FromResult(DoctorResult.Pass(Name, string.Join(", ", zram)));
        }

        return Task.FromResult(probe.Exists(Generator)
            ? DoctorResult.Warn(Name, "no zram swap active, although systemd-zram-generator is installed",
                "reboot, or `sudo systemctl daemon-reload && sudo systemctl restart systemd-zram-setup@zram0`; check /etc/systemd/zram-generator.conf.d/ (README, zram swap)")
            : DoctorResult.Warn(Name, "no zram swap active: Chromium will swap to the SD card, or be killed",
                "`sudo apt install systemd-zram-generator`, then reboot (the package's drop-in gives ~1.9 GiB on a 4 GB Pi)"));
    }
}
