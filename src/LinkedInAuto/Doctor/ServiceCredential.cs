using System.Security.Cryptography;

namespace LinkedInAuto.Doctor;

/// <summary>The service's session key, decrypted for the doctor when it runs outside the unit.</summary>
/// <remarks>
/// The unit gets the key as `LoadCredentialEncrypted=session-key:/etc/credstore.encrypted/linkedin-auto.session-key`,
/// which only systemd (as root, with the host key) can decrypt. Run by hand, the doctor has no $CREDENTIALS_DIRECTORY,
/// so as root it decrypts the credential with systemd-creds(1) into a private directory on tmpfs (/run), used as the
/// credentials directory for the session check and wiped right after.
/// </remarks>
internal sealed class ServiceCredential : IDisposable
{
    /// <summary>Where postinst creates the encrypted credential.</summary>
    public const string PackagedPath = "/etc/credstore.encrypted/linkedin-auto.session-key";

    private ServiceCredential(string directory) => Directory = directory;

    /// <summary>Gets the private directory holding the decrypted `session-key`.</summary>
    public string Directory { get; }

    /// <summary>Decrypts <paramref name="credential"/>; returns the directory, or the reason it could not be done.</summary>
    public static async Task<(ServiceCredential? Credential, string? Problem)> DecryptAsync(ISystemProbe probe, string credential, CancellationToken cancellationToken)
    {
        // Only root reaches this (the credential is root's to decrypt), and /run is root's tmpfs.
        var parent = Environment.IsPrivilegedProcess && System.IO.Directory.Exists("/run") ? "/run" : Path.GetTempPath();
        var directory = Path.Combine(parent, "linkedin-auto-doctor-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant());
        System.IO.Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var credentialDirectory = new ServiceCredential(directory);
        string? problem = "was interrupted";
        try
        {
            var run = await probe.RunAsync("systemd-creds", ["decrypt", "--name=session-key", credential, Path.Combine(directory, "session-key")], cancellationToken);
            problem = run switch
            {
                null => "systemd-creds is not installed",
                { ExitCode: not 0 } => $"systemd-creds cannot decrypt it: {DoctorText.FirstLine(run.Error)}",
                _ => null,
            };
            return problem is null ? (credentialDirectory, null) : (null, problem);
        }
        finally
        {
            if (problem is not null)
            {
                credentialDirectory.Dispose();
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        var key = Path.Combine(Directory, "session-key");
        if (File.Exists(key))
        {
            // tmpfs has no copies on flash, but the pages are overwritten anyway before they are freed.
            File.WriteAllBytes(key, new byte[new FileInfo(key).Length]);
        }

        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
