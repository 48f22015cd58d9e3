using System.Diagnostics;
using LinkedInAuto.Platform;

namespace LinkedInAuto.Session;

/// <summary>Decrypts the packaged session key (a systemd encrypted credential) for commands run by hand, outside the unit.</summary>
/// <remarks>
/// The unit loads <c>/etc/credstore.encrypted/linkedin-auto.session-key</c> with <c>LoadCredentialEncrypted=</c>; a
/// command run by an administrator has no <c>$CREDENTIALS_DIRECTORY</c>, so it asks <c>systemd-creds decrypt</c> for the
/// same key (only root can: the credential is sealed with the host's key). Without this, `auth import` would encrypt
/// with another key and the service could not read the session.
/// </remarks>
public class SystemdCredentialDecryptor
{
    /// <summary>Where the package's postinst stores the encrypted credential.</summary>
    public const string DefaultPath = "/etc/credstore.encrypted/linkedin-auto.session-key";

    private readonly string _path;
    private readonly string _tool;

    /// <summary>Initializes a new instance of the <see cref="SystemdCredentialDecryptor"/> class for the packaged credential.</summary>
    public SystemdCredentialDecryptor()
        : this(DefaultPath, "systemd-creds")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SystemdCredentialDecryptor"/> class.</summary>
    internal SystemdCredentialDecryptor(string path, string tool) // For testing
    {
        _path = path;
        _tool = tool;
    }

    /// <summary>Gets the encrypted credential's path.</summary>
    public string Path => _path;

    /// <summary>Decrypts the credential when it exists; null when there is none (not installed from the package).</summary>
    /// <exception cref="SessionStoreException">It exists but cannot be decrypted here (not root, tool missing or refusing).</exception>
    public virtual async Task<byte[]?> TryDecryptAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(_path))
        {
            return null;
        }

        if (!CurrentUser.IsRoot)
        {
            throw new SessionStoreException(
                $"{_path}: the session key is a systemd credential only root can decrypt; run the command with sudo (the service reads it through LoadCredentialEncrypted=)");
        }

        var info = new ProcessStartInfo(_tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "decrypt", "--name=" + SessionKeyStore.CredentialName, _path, "-" })
        {
            info.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(info) ?? throw new SessionStoreException($"{_path}: cannot start {_tool}");
            using var key = new MemoryStream();
            var copy = process.StandardOutput.BaseStream.CopyToAsync(key, cancellationToken);
            var error = await process.StandardError.ReadToEndAsync(cancellationToken);
            await copy;
            await process.WaitForExitAsync(cancellationToken);
            return process.ExitCode == 0
                ? key.ToArray()
                : throw new SessionStoreException($"{_path}: `{_tool} decrypt` failed ({error.Trim()})");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new SessionStoreException($"{_path}: cannot run {_tool} ({ex.Message}); install systemd (>= 250)", ex);
        }
    }
}
