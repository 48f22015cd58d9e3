using LinkedInAuto.Configuration;
using LinkedInAuto.Session;

namespace LinkedInAuto.Doctor;

/// <summary>The saved LinkedIn session: present, decryptable with the service's key, and li_at far enough from expiry.</summary>
public sealed class SessionCheck : IDoctorCheck
{
    private const string Import = "`linkedin-auto auth import FILE`, in the service's context as the README shows";

    private readonly DoctorContext _context;
    private readonly ISystemProbe _probe;
    private readonly TimeProvider _time;
    private readonly string _credential;

    /// <summary>Initializes a new instance of the <see cref="SessionCheck"/> class.</summary>
    public SessionCheck(DoctorContext context, ISystemProbe probe, TimeProvider time)
        : this(context, probe, time, ServiceCredential.PackagedPath)
    {
    }

    // For testing: the encrypted credential postinst creates.
    internal SessionCheck(DoctorContext context, ISystemProbe probe, TimeProvider time, string credential)
    {
        _context = context;
        _probe = probe;
        _time = time;
        _credential = credential;
    }

    /// <inheritdoc/>
    public string Name => "session";

    /// <inheritdoc/>
    public bool UsesConfig => true;

    /// <inheritdoc/>
    public async Task<DoctorResult> RunAsync(CancellationToken cancellationToken)
    {
        var directories = _context.Directories;
        ServiceCredential? decrypted = null;
        try
        {
            if (directories.CredentialsDirectory is null && _probe.Exists(_credential) && File.Exists(Path.Combine(directories.StateDirectory, SessionStore.FileName)))
            {
                if (_probe.EffectiveUserId != 0)
                {
                    return DoctorResult.Warn(Name, $"a session is saved but was not decrypted: its key is the service's encrypted credential {_credential}, which only root can decrypt", "run `sudo linkedin-auto doctor`");
                }

                (decrypted, var problem) = await ServiceCredential.DecryptAsync(_probe, _credential, cancellationToken);
                if (decrypted is null)
                {
                    return DoctorResult.Fail(
                        Name,
                        $"the session key {_credential} cannot be read: {problem}",
                        $"if it was made on another machine or the host key changed: `sudo rm {_credential} && sudo dpkg-reconfigure linkedin-auto` creates a new key; then re-import with {Import}");
                }

                directories = directories with { CredentialsDirectory = decrypted.Directory };
            }

            var store = new SessionStore(directories, new SessionKeyStore(directories));
            var status = await new SessionStatusReader(store, new ConfigStore(_context.ConfigPath, _context.Config), _time).ReadAsync(cancellationToken);
            return Judge(decrypted is null ? status : status with { Key = "systemd credential " + _credential });
        }
        finally
        {
            decrypted?.Dispose();
        }
    }

    private DoctorResult Judge(SessionStatus status)
    {
        if (!status.Present)
        {
            return DoctorResult.Fail(Name, $"no saved session in {status.FilePath}: the service stays idle", "import one: " + Import);
        }

        if (status.Problem is { } problem)
        {
            return DoctorResult.Fail(Name, problem, status.Decryptable || problem.Contains(SessionDecryptException.Reason, StringComparison.Ordinal)
                ? $"the key in use is not the one it was encrypted with, or the file was changed: re-import with {Import}"
                : $"run the doctor as root or as the service user; if it persists, re-import with {Import}");
        }

        var zone = _context.Config.TimeZone.Zone;
        var expiry = new SessionExpiry(status.LiAtExpiresUtc, status.LiAtExpiresLocalDate, status.DaysLeft, status.Expired, status.ExpiryWarning).Describe(zone);
        if (status.Expired)
        {
            return DoctorResult.Fail(Name, $"li_at expired: {expiry}", "sign in to LinkedIn in a browser, export the cookies and re-import them: " + Import);
        }

        var detail = $"present, decryptable ({status.Key}); li_at expires {expiry}";
        return status.ExpiryWarning
            ? DoctorResult.Warn(Name, detail + $", within account.session_expiry_warning ({_context.Config.Account.SessionExpiryWarning.TotalDays:0} days)", "export fresh cookies and re-import them before then: " + Import)
            : DoctorResult.Pass(Name, detail);
    }
}
