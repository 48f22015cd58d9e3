namespace LinkedInAuto.Doctor;

/// <summary>The state directory exists, belongs to the service user with everything in it, and is closed to other users.</summary>
/// <remarks>The unit creates it with `StateDirectoryMode=0750` and writes with `UMask=0077`; a `sudo linkedin-auto auth import`
/// run as root leaves a root-owned session.bin the service cannot read, the commonest way to break it.</remarks>
public sealed class StateDirectoryCheck(DoctorContext context, ISystemProbe probe) : IDoctorCheck
{
    private const UnixFileMode Expected = (UnixFileMode)0b111_101_000; // 0750

    /// <inheritdoc/>
    public string Name => "state-dir";

    /// <inheritdoc/>
    public bool UsesConfig => false;

    /// <inheritdoc/>
    public Task<DoctorResult> RunAsync(CancellationToken cancellationToken) => Task.FromResult(Check());

    private DoctorResult Check()
    {
        var directory = context.Directories.StateDirectory;
        var user = context.ServiceUser;
        var chown = $"`sudo chown -R {user.Name}: {directory}`";
        if (probe.Stat(directory) is not { } status)
        {
            return DoctorResult.Warn(
                Name,
                $"{directory} does not exist (or cannot be read)",
                $"the package creates it and so does the service's start (`sudo systemctl start linkedin-auto`); by hand: `sudo install -d -o {user.Name} -g {user.Name} -m 0750 {directory}`");
        }

        var users = ServiceAccount.ReadUsers(probe.ReadText("/etc/passwd"));
        var mode = Octal(status.Mode);
        if (status.UserId != user.UserId)
        {
            var asOther = probe.EffectiveUserId != 0 && probe.EffectiveUserId != status.UserId ? "; or run `sudo linkedin-auto doctor` to check the packaged service" : string.Empty;
            return DoctorResult.Fail(Name, $"{directory} belongs to {ServiceAccount.NameOf(users, status.UserId)}, not to the service user {user.Name}", chown + asOther);
        }

        if ((status.Mode & UnixFileMode.OtherWrite) != 0)
        {
            return DoctorResult.Fail(Name, $"{directory} is writable by every user (mode {mode}): anyone can replace the history or the session", $"`sudo chmod 0750 {directory}`");
        }

        var strangers = Entries(directory)
            .Select(entry => (entry, owner: probe.Stat(entry)?.UserId))
            .Where(e => e.owner is { } owner && owner != user.UserId)
            .Select(e => $"{Path.GetFileName(e.entry)} ({ServiceAccount.NameOf(users, e.owner!.Value)})")
            .ToList();
        if (strangers.Count > 0)
        {
            return DoctorResult.Fail(
                Name,
                $"{directory}: not owned by {user.Name}, so the service cannot use them: {string.Join(", ", strangers)}",
                chown + " (an `auth import` run as root leaves a root-owned session.bin; run it as the README shows)");
        }

        if ((status.Mode & ~Expected) != 0)
        {
            return DoctorResult.Warn(Name, $"{directory} is open to other users (mode {mode}; the unit uses 0750)", $"`sudo chmod 0750 {directory}`");
        }

        return DoctorResult.Pass(Name, $"{directory}: owner {user.Name}, mode {mode}");
    }

    private static List<string> Entries(string directory)
    {
        try
        {
            return Directory.EnumerateFileSystemEntries(directory).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static string Octal(UnixFileMode mode) => "0" + Convert.ToString((int)mode, 8).PadLeft(3, '0');
}
