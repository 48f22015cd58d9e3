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
    private readonly SystemdCredentialDecryptor _credential;

    /// <summary>Initializes a new instance of the <see cref="SessionCheck"/> class.</summary>
    public SessionCheck(DoctorContext context, ISystemProbe probe, TimeProvider time)
        : this(context, probe, time, new SystemdCredentialDecryptor())
    {
    }

    // For testing: the encrypted credential postinst creates, and how it is decrypted.
    internal SessionCheck(DoctorContext context, ISystemProbe probe, TimeProvider time, SystemdCredentialDecryptor credential)
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
        // Run by hand there is no $CREDENTIALS_DIRECTORY: the service's key is the packaged encrypted credential, which
        // the session store decrypts in memory with systemd-creds, exactly as `sudo linkedin-auto auth import` does.
        var directories = _context.Directories;
        var viaCredential = directories.CredentialsDirectory is null && _probe.Exists(_credential.Path)
            && File.Exists(Path.Combine(directories.StateDirectory, SessionStore.FileName));
        if (viaCredential && _probe.EffectiveUserId != 0)
        {
            return DoctorResult.Warn(Name, $"a session is saved but was not decrypted: its key is the service's encrypted credential {_credential.Path}, which only root can decrypt", "run `sudo linkedin-auto doctor`");
        }

        var keys = new SessionKeyStore(directories, viaCredential ? _credential : null);
        var status = await new SessionStatusReader(new SessionStore(directories, keys), new ConfigStore(_context.ConfigPath, _context.Config), _time).ReadAsync(cancellationToken);
        if (viaCredential && status is { Present: true, Decryptable: false, Key: null, Problem: { } problem } && !problem.Contains(SessionDecryptException.Reason, StringComparison.Ordinal))
        {
            return DoctorResult.Fail(
                Name,
                $"the session key cannot be read: {problem}",
                $"if it was made on another machine or the host key changed: `sudo rm {_credential.Path} && sudo dpkg-reconfigure linkedin-auto` creates a new key; then re-import with {Import}");
        }

        return Judge(status);
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
