using System.Security.Cryptography;

namespace LinkedInAuto.Session;

/// <summary>Encrypts and decrypts the session file with AES-256-GCM.</summary>
/// <remarks>
/// Layout: magic <c>LIAS</c> (4 bytes) | format version (1 byte, now 1) | nonce (12 random bytes) | ciphertext |
/// tag (16 bytes). The 5-byte header is the associated data, so a file whose version byte was changed fails
/// authentication instead of being read with the wrong rules. A fresh nonce per write keeps GCM's nonce unique:
/// 96 random bits make a collision negligible for the few thousand saves a key sees.
/// </remarks>
internal static class SessionCipher
{
    /// <summary>The only format version written and read.</summary>
    public const byte Version = 1;

    /// <summary>The key length: AES-256.</summary>
    public const int KeyLength = 32;

    private const int NonceLength = 12;
    private const int TagLength = 16;
    private const int HeaderLength = 5;

    /// <summary>Gets the 4 bytes every session file starts with ("LinkedInAuto Session").</summary>
    public static ReadOnlySpan<byte> Magic => "LIAS"u8;

    /// <summary>Encrypts <paramref name="plaintext"/> into the file layout.</summary>
    public static byte[] Encrypt(ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> key)
    {
        var file = new byte[HeaderLength + NonceLength + plaintext.Length + TagLength];
        Magic.CopyTo(file);
        file[4] = Version;
        var nonce = file.AsSpan(HeaderLength, NonceLength);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagLength);
        aes.Encrypt(nonce, plaintext, file.AsSpan(HeaderLength + NonceLength, plaintext.Length), file.AsSpan(file.Length - TagLength), file.AsSpan(0, HeaderLength));
        return file;
    }

    /// <summary>Decrypts a file; returns the plaintext, or null when the file is not ours, was modified, or the key is wrong.</summary>
    /// <param name="file">The whole file.</param>
    /// <param name="key">The 32-byte key.</param>
    /// <param name="version">The version byte read from the header (0 when the file is too short or not a session file).</param>
    public static byte[]? TryDecrypt(ReadOnlySpan<byte> file, ReadOnlySpan<byte> key, out byte version)
    {
        version = 0;
        if (file.Length < HeaderLength + NonceLength + TagLength || !file.StartsWith(Magic))
        {
            return null;
        }

        version = file[4];
        if (version != Version)
        {
            return null;
        }

        var plaintext = new byte[file.Length - HeaderLength - NonceLength - TagLength];
        try
        {
            using var aes = new AesGcm(key, TagLength);
            aes.Decrypt(file.Slice(HeaderLength, NonceLength), file.Slice(HeaderLength + NonceLength, plaintext.Length), file[^TagLength..], plaintext, file[..HeaderLength]);
            return plaintext;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
