using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LinkedInAuto.Web;

/// <summary>The web page's password as stored: salted PBKDF2-HMAC-SHA256, in a versioned one-line format
/// <c>linkedin-auto-web-v1$pbkdf2-sha256$ITERATIONS$SALT$HASH</c> (salt and hash in base64).</summary>
/// <remarks>The iteration count travels with the hash, so raising it later keeps older files valid.</remarks>
public static class WebPasswordHash
{
    /// <summary>The format's first field.</summary>
    public const string Version = "linkedin-auto-web-v1";

    /// <summary>The key derivation named in the second field.</summary>
    public const string Algorithm = "pbkdf2-sha256";

    /// <summary>Iterations for new hashes: about a tenth of a second on a Raspberry Pi 4, as a login is rare.</summary>
    public const int Iterations = 210_000;

    /// <summary>The fewest iterations a stored hash may have.</summary>
    public const int MinIterations = 100_000;

    /// <summary>The shortest password accepted.</summary>
    public const int MinPasswordLength = 8;

    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    /// <summary>Hashes <paramref name="password"/> with a fresh random salt.</summary>
    public static string Create(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Derive(password, salt, Iterations);
        return string.Join('$', Version, Algorithm, Iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>Gets a value indicating whether <paramref name="stored"/> is a hash in this format.</summary>
    public static bool IsWellFormed(string stored) => TryParse(stored, out _, out _, out _);

    /// <summary>Checks <paramref name="password"/> against <paramref name="stored"/> in constant time; false when the stored text is not a hash.</summary>
    public static bool Verify(string stored, string password)
    {
        if (!TryParse(stored, out var iterations, out var salt, out var expected))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Derive(password, salt, iterations), expected);
    }

    private static byte[] Derive(string password, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, HashBytes);

    private static bool TryParse(string stored, out int iterations, out byte[] salt, out byte[] hash)
    {
        iterations = 0;
        salt = hash = [];
        var fields = stored.Trim().Split('$');
        if (fields.Length != 5 || fields[0] != Version || fields[1] != Algorithm
            || !int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out iterations) || iterations < MinIterations)
        {
            return false;
        }

        try
        {
            salt = Convert.FromBase64String(fields[3]);
            hash = Convert.FromBase64String(fields[4]);
        }
        catch (FormatException)
        {
            return false;
        }

        return salt.Length >= SaltBytes && hash.Length == HashBytes;
    }
}
