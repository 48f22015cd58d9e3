namespace LinkedInAuto.Doctor;

/// <summary>Free space on the file system of the state directory (history, WAL, backups, debug snapshots).</summary>
public sealed class DiskCheck(DoctorContext context, ISystemProbe probe) : IDoctorCheck
{
    /// <summary>Below this, a failure: SQLite and the backups run out of room within days.</summary>
    public const long FailBelow = 100 * ByteSize.MiB;

    /// <summary>Below this, a warning: a backup is a full copy of the database.</summary>
    public const long WarnBelow = 500 * ByteSize.MiB;

    /// <inheritdoc/>
    public string Name => "disk";

    /// <inheritdoc/>
    public bool UsesConfig => false;

    /// <inheritdoc/>
    public Task<DoctorResult> RunAsync(CancellationToken cancellationToken)
    {
        // A state directory not created yet will live on its parent's file system.
        var path = context.Directories.StateDirectory;
        while (!probe.Exists(path) && Path.GetDirectoryName(path) is { } parent)
        {
            path = parent;
        }

        var hint = $"free space on the file system of {path}: `sudo journalctl --vacuum-size=100M`, `linkedin-auto db prune`, old backups in {Path.Combine(context.Directories.StateDirectory, "backups")}";
        return Task.FromResult(probe.FreeBytes(path) switch
        {
            null => DoctorResult.Warn(Name, $"cannot read the free space of {path}", hint),
            < FailBelow and var free => DoctorResult.Fail(Name, $"{ByteSize.Format(free)} free on {path} (under {FailBelow / ByteSize.MiB} MiB)", hint),
            < WarnBelow and var free => DoctorResult.Warn(Name, $"{ByteSize.Format(free)} free on {path} (under {WarnBelow / ByteSize.MiB} MiB)", hint),
            var free => DoctorResult.Pass(Name, $"{ByteSize.Format(free.Value)} free on {path}"),
        });
    }
}
