using System.Security.Cryptography;
using System.Text.Json;
using LinkedInAuto.Configuration;

namespace LinkedInAuto.Session;

/// <summary>Keeps the LinkedIn session encrypted at rest in <c>$STATE_DIRECTORY/session.bin</c>.</summary>
/// <remarks>
/// The plaintext is the JSON of a <see cref="StoredSession"/>; <see cref="SessionCipher"/> describes the encrypted
/// layout and <see cref="SessionKeyStore"/> where the key comes from. Writes replace the file atomically with mode
/// 0600, so a failed import or a crash mid-write leaves the previous session intact.
/// </remarks>
public sealed class SessionStore(AppDirectories directories, SessionKeyStore keys)
{
    /// <summary>The session file's name in the state directory.</summary>
    public const string FileName = "session.bin";

    /// <summary>Gets the session file's path.</summary>
    public string FilePath { get; } = Path.Combine(directories.StateDirectory, FileName);

    /// <summary>Gets where the key comes from.</summary>
    public SessionKeyStore Keys => keys;

    /// <summary>Gets a value indicating whether a session file exists.</summary>
    public bool Exists => File.Exists(FilePath);

    /// <summary>Reads and decrypts the session; null when none was imported.</summary>
    /// <exception cref="SessionDecryptException">Wrong or missing key, tampered, truncated or foreign file.</exception>
    /// <exception cref="SessionStoreException">The file or the key cannot be read.</exception>
    public async Task<StoredSession?> LoadAsync(CancellationToken cancellationToken) => (await LoadDescribedAsync(cancellationToken)).Session;

    /// <summary>Reads and decrypts the session, and says which key opened it (one key load: a packaged credential is decrypted once).</summary>
    /// <exception cref="SessionDecryptException">Wrong or missing key, tampered, truncated or foreign file.</exception>
    /// <exception cref="SessionStoreException">The file or the key cannot be read.</exception>
    public async Task<(StoredSession? Session, string? KeyDescription)> LoadDescribedAsync(CancellationToken cancellationToken)
    {
        byte[] file;
        try
        {
            file = await File.ReadAllBytesAsync(FilePath, cancellationToken);
        }
        catch (FileNotFoundException)
        {
            return (null, null);
        }
        catch (DirectoryNotFoundException)
        {
            return (null, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SessionStoreException($"{FilePath}: cannot read the saved session ({ex.Message}); run as the service user", ex);
        }

        using var key = await keys.TryLoadAsync(cancellationToken) ?? throw new SessionDecryptException(FilePath);
        var plaintext = SessionCipher.TryDecrypt(file, key.Bytes, out var version);
        if (plaintext is null)
        {
            throw version > SessionCipher.Version
                ? new SessionStoreException($"{FilePath}: written by a newer linkedin-auto (session format {version}); upgrade, or re-import with `linkedin-auto auth import`")
                : new SessionDecryptException(FilePath);
        }

        try
        {
            return (JsonSerializer.Deserialize(plaintext, SessionJsonContext.Default.StoredSession) ?? throw new SessionDecryptException(FilePath), key.Description);
        }
        catch (JsonException ex)
        {
            // Authenticated but unreadable: only a bug could write this; the remedy is still a fresh import.
            throw new SessionDecryptException(FilePath, ex);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    /// <summary>Encrypts <paramref name="session"/> and replaces the session file with it, creating the key on first use.</summary>
    /// <exception cref="SessionStoreException">The key is unusable or the state directory is not writable.</exception>
    public async Task SaveAsync(StoredSession session, CancellationToken cancellationToken)
    {
        using var key = await keys.LoadOrCreateAsync(cancellationToken);
        var plaintext = JsonSerializer.SerializeToUtf8Bytes(session, SessionJsonContext.Default.StoredSession);
        try
        {
            PrivateFile.Replace(FilePath, SessionCipher.Encrypt(plaintext, key.Bytes));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SessionStoreException($"{FilePath}: cannot write the session ({ex.Message}); run as the service user, e.g. `sudo -u linkedin-auto linkedin-auto auth import …`", ex);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    /// <summary>Deletes the session file and the generated key, so that copies of the file left on flash storage cannot be decrypted.</summary>
    /// <returns>True when a session file was deleted.</returns>
    public bool Forget()
    {
        var existed = File.Exists(FilePath);
        File.Delete(FilePath);
        keys.DeleteGenerated();
        return existed;
    }
}
