namespace LinkedInAuto.Doctor;

/// <summary>The system clock is synchronised: a Raspberry Pi has no real-time clock and boots with a stale time.</summary>
public sealed class ClockCheck(ISystemProbe probe) : IDoctorCheck
{
    /// <summary>Created by systemd-timesyncd once it synchronised (systemd-timesyncd.service(8)).</summary>
    public const string TimesyncFlag = "/run/systemd/timesync/synchronized";

    private const string Hint = "enable time synchronisation (`sudo timedatectl set-ntp true`) and check the network; until then schedules, birthdays and the li_at expiry use a wrong date";

    /// <inheritdoc/>
    public string Name => "clock";

    /// <inheritdoc/>
    public bool UsesConfig => false;

    /// <inheritdoc/>
    public async Task<DoctorResult> RunAsync(CancellationToken cancellationToken)
    {
        if (probe.Exists(TimesyncFlag))
        {
            return DoctorResult.Pass(Name, "synchronised (systemd-timesyncd)");
        }

        // NTPSynchronized is the kernel's flag (adjtimex), so it also covers chrony and ntpd.
        return await probe.ClockSynchronizedAsync(cancellationToken) switch
        {
            true => DoctorResult.Pass(Name, "synchronised (timedated: NTPSynchronized=yes)"),
            false => DoctorResult.Warn(Name, "not synchronised (timedated: NTPSynchronized=no)", Hint),
            null => DoctorResult.Warn(Name, $"cannot tell: no {TimesyncFlag} and timedated did not answer on the system bus", Hint),
        };
    }
}
