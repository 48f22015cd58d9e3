using System.Security.Cryptography;

namespace LinkedInAuto.Session;

/// <summary>The 32-byte AES key of the session file and where it came from; disposing wipes it from memory.</summary>
public sealed class SessionKey : IDisposable
{
    private readonly byte[] _bytes;

    /// <summary>Initializes a new instance of the <see cref="SessionKey"/> class, taking ownership of <paramref name="bytes"/>.</summary>
    internal SessionKey(byte[] bytes, string path, bool isCredential)
    {
        _bytes = bytes;
        Path = path;
        IsCredential = isCredential;
    }

    /// <summary>Gets the key file.</summary>
    public string Path { get; }

    /// <summary>Gets a value indicating whether the key is a systemd credential rather than the generated key file.</summary>
    public bool IsCredential { get; }

    /// <summary>Gets a description for people, e.g. "systemd credential /run/credentials/…/session-key".</summary>
    public string Description => (IsCredential ? "systemd credential " : "generated key file ") + Path;

    /// <summary>Gets the key bytes.</summary>
    internal ReadOnlySpan<byte> Bytes => _bytes;

    /// <inheritdoc/>
    public void Dispose() => CryptographicOperations.ZeroMemory(_bytes);
}
