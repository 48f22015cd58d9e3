namespace LinkedInAuto.Doctor;

/// <summary>The installed unit: its state, its restarts, and its hardening score against the one it ships with.</summary>
/// <remarks>
/// Without systemd as PID 1 (containers, development machines) or without the unit installed there is no unit to
/// check: the result is a PASS saying it was skipped, so `--strict` stays usable there, and never a FAIL.
/// </remarks>
public sealed class UnitCheck(ISystemProbe probe) : IDoctorCheck
{
    /// <summary>The unit's name.</summary>
    public const string Unit = SystemBus.SystemFacts.ServiceUnit;

    /// <summary>The exposure the shipped unit stays under (`systemd-analyze security` scores ×10: 19 = 1.9).</summary>
    public const string Threshold = "19";

    private const string ThresholdScore = "1.9";

    private const string Journal = "`journalctl -u linkedin-auto -b -n 50` says why";

    /// <inheritdoc/>
    public string Name => "unit";

    /// <inheritdoc/>
    public bool UsesConfig => false;

    /// <inheritdoc/>
    public async Task<DoctorResult> RunAsync(CancellationToken cancellationToken)
    {
        // sd_booted(3): systemd is the init system exactly when this directory exists.
        if (!probe.Exists("/run/systemd/system"))
        {
            return DoctorResult.Pass(Name, "skipped: systemd is not running here (container or development machine)");
        }

        if (await probe.UnitAsync(Unit, cancellationToken) is not { } unit)
        {
            return DoctorResult.Warn(Name, "systemd did not answer on the system bus", "check that systemd and D-Bus work: `systemctl status`");
        }

        if (unit.LoadState != "loaded")
        {
            return DoctorResult.Pass(Name, $"skipped: {Unit} is not installed (LoadState={unit.LoadState})");
        }

        var active = unit.ActiveState;
        var state = $"{active} ({unit.SubState})";
        var restarts = unit.Restarts;
        var (exposure, hardened) = await SecurityAsync(cancellationToken);
        var detail = $"{state}, {restarts} restart{(restarts == 1 ? string.Empty : "s")}, exposure {exposure}";
        return active switch
        {
            "failed" => DoctorResult.Fail(Name, detail, $"{Journal}; then `sudo systemctl restart linkedin-auto`"),
            not ("active" or "activating" or "reloading") => DoctorResult.Warn(Name, detail, "`sudo systemctl enable --now linkedin-auto`"),
            _ when hardened == false => DoctorResult.Warn(
                Name,
                detail + $" (the shipped unit scores at most {ThresholdScore}): a drop-in weakened the hardening",
                "`systemctl cat linkedin-auto` shows the drop-ins; `systemd-analyze security linkedin-auto` scores each setting"),
            _ when restarts > 0 => DoctorResult.Warn(Name, detail, Journal + " (crashes, watchdog timeouts or out of memory)"),
            _ => DoctorResult.Pass(Name, detail),
        };
    }

    // Exit 0 when the exposure is at most the threshold. The last line reads "→ Overall exposure level for X: 1.9 OK".
    private async Task<(string Exposure, bool? Hardened)> SecurityAsync(CancellationToken cancellationToken)
    {
        var result = await probe.RunAsync("systemd-analyze", ["security", Unit, "--threshold=" + Threshold, "--no-pager"], cancellationToken);
        if (result is null)
        {
            return ("not scored (no systemd-analyze)", null);
        }

        const string Marker = "Overall exposure level for " + Unit + ":";
        var line = result.Output.Split('\n').LastOrDefault(l => l.Contains(Marker, StringComparison.Ordinal));
        return line is null
            ? ("not scored (" + DoctorText.FirstLine(result.Error + "\nno score printed") + ")", null)
            : (line[(line.IndexOf(Marker, StringComparison.Ordinal) + Marker.Length)..].Trim(), result.ExitCode == 0);
    }
}
