using System.Globalization;

namespace LinkedInAuto.Doctor;

/// <summary>Sizes for people: `3.7 GiB`, `512 MiB`.</summary>
internal static class ByteSize
{
    /// <summary>Bytes in a mebibyte.</summary>
    public const long MiB = 1024 * 1024;

    /// <summary>Formats <paramref name="bytes"/> in GiB from 1 GiB up, else in whole MiB.</summary>
    public static string Format(long bytes) => bytes >= 1024 * MiB
        ? (bytes / (1024.0 * MiB)).ToString("0.0", CultureInfo.InvariantCulture) + " GiB"
        : (bytes / MiB).ToString(CultureInfo.InvariantCulture) + " MiB";
}
