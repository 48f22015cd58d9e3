using System.Security.Cryptography;
using System.Text;
using LinkedInAuto.Configuration;

namespace LinkedInAuto.Session;

/// <summary>Finds the session key: the systemd credential <c>session-key</c> when provided, else a key file generated in the state directory.</summary>
/// <remarks>
/// The credential comes from <c>LoadCredentialEncrypted=session-key:…</c> (or <c>LoadCredential=</c>) in the unit,
/// which systemd exposes as <c>$CREDENTIALS_DIRECTORY/session-key</c>. It may hold 32 raw bytes, or the same 32 bytes
/// as hex (64 characters) or base64 (44 characters) text, surrounding whitespace allowed — e.g.
/// <c>head -c 32 /dev/urandom | base64 | systemd-creds encrypt --name=session-key - session-key.cred</c>.
/// A command run by hand on an installed system has no credentials directory: it decrypts the package's encrypted
/// credential itself (<see cref="SystemdCredentialDecryptor"/>), so both sides use the same key.
/// Without either, <c>$STATE_DIRECTORY/session.key</c> holds 32 raw random bytes, created on first import with mode 0600.
/// </remarks>
public sealed class SessionKeyStore(AppDirectories directories, SystemdCredentialDecryptor? packagedCredential = null)
{
    /// <summary>The credential name in <c>$CREDENTIALS_DIRECTORY</c>.</summary>
    public const string CredentialName = "session-key";

    /// <summary>The generated key's file name in the state directory.</summary>
    public const string GeneratedKeyName = "session.key";

    /// <summary>Gets the systemd credential's path, or null when systemd passed no credentials directory.</summary>
    public string? CredentialPath => directories.CredentialsDirectory is { } dir ? Path.Combine(dir, CredentialName) : null;

    /// <summary>Gets the generated key file's path.</summary>
    public string GeneratedKeyPath => Path.Combine(directories.StateDirectory, GeneratedKeyName);

    /// <summary>Reads the key in use; null when there is neither a credential nor a generated key yet.</summary>
    /// <exception cref="SessionStoreException">The key file exists but cannot be read or is not a 32-byte key.</exception>
    public async Task<SessionKey?> TryLoadAsync(CancellationToken cancellationToken)
    {
        if (CredentialPath is { } credential && File.Exists(credential))
        {
            return new SessionKey(Decode(await ReadAsync(credential, cancellationToken), credential), credential, isCredential: true);
        }

        if (CredentialPath is null && packagedCredential is not null && await packagedCredential.TryDecryptAsync(cancellationToken) is { } packaged)
        {
            return new SessionKey(Decode(packaged, packagedCredential.Path), packagedCredential.Path, isCredential: true);
        }

        return File.Exists(GeneratedKeyPath)
            ? new SessionKey(Decode(await ReadAsync(GeneratedKeyPath, cancellationToken), GeneratedKeyPath), GeneratedKeyPath, isCredential: false)
            : null;
    }

    /// <summary>Reads the key in use, generating the key file first when there is none.</summary>
    /// <exception cref="SessionStoreException">A key file is unusable, or the state directory is not writable.</exception>
    public async Task<SessionKey> LoadOrCreateAsync(CancellationToken cancellationToken)
    {
        if (await TryLoadAsync(cancellationToken) is { } existing)
        {
            return existing;
        }

        var bytes = RandomNumberGenerator.GetBytes(SessionCipher.KeyLength);
        try
        {
            if (!PrivateFile.TryCreate(GeneratedKeyPath, bytes))
            {
                // Another import created it between our check and our rename: use theirs, or we'd encrypt with a key that was never saved.
                CryptographicOperations.ZeroMemory(bytes);
                return await TryLoadAsync(cancellationToken) ?? throw new SessionStoreException($"{GeneratedKeyPath}: vanished while being created");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SessionStoreException($"{GeneratedKeyPath}: cannot create the session key ({ex.Message}); run as the service user, e.g. `sudo -u linkedin-auto linkedin-auto auth import …`", ex);
        }

        return new SessionKey(bytes, GeneratedKeyPath, isCredential: false);
    }

    /// <summary>Deletes the generated key file (never the systemd credential, which the administrator owns).</summary>
    /// <returns>True when a file was deleted.</returns>
    public bool DeleteGenerated()
    {
        if (!File.Exists(GeneratedKeyPath))
        {
            return false;
        }

        File.Delete(GeneratedKeyPath);
        return true;
    }

    /// <summary>Decodes a key file: 32 raw bytes, or 32 bytes as hex or base64 text.</summary>
    internal static byte[] Decode(byte[] content, string path)
    {
        if (content.Length == SessionCipher.KeyLength)
        {
            return content;
        }

        var text = Encoding.ASCII.GetString(content).Trim();
        byte[]? key = null;
        if (text.Length == SessionCipher.KeyLength * 2 && text.All(char.IsAsciiHexDigit))
        {
            key = Convert.FromHexString(text);
        }
        else
        {
            var buffer = new byte[SessionCipher.KeyLength + 3];
            if (Convert.TryFromBase64String(text, buffer, out var written) && written == SessionCipher.KeyLength)
            {
                key = buffer[..written];
            }

            CryptographicOperations.ZeroMemory(buffer);
        }

        CryptographicOperations.ZeroMemory(content);
        return key ?? throw new SessionStoreException(
            $"{path}: not a session key; expected 32 raw bytes, or 32 bytes as hex (64 characters) or base64 (44 characters), found {content.Length} bytes. Create one with `head -c 32 /dev/urandom | base64`");
    }

    private static async Task<byte[]> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SessionStoreException($"{path}: cannot read the session key ({ex.Message}); it must be readable by the service user", ex);
        }
    }
}
