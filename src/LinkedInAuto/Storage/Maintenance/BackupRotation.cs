using System.Globalization;
using System.Text.RegularExpressions;

namespace LinkedInAuto.Storage.Maintenance;

/// <summary>Names daily backups by their UTC time and keeps only the newest few.</summary>
public static partial class BackupRotation
{
    /// <summary>The file name of a backup taken at <paramref name="utc"/>; names sort in time order.</summary>
    public static string FileName(DateTimeOffset utc) =>
        "linkedin-auto-" + utc.UtcDateTime.ToString("yyyyMMdd'T'HHmmss.fff", CultureInfo.InvariantCulture) + "Z.db";

    /// <summary>Lists the rotated backups in <paramref name="directory"/>, newest first; other files are never touched.</summary>
    public static IReadOnlyList<string> List(string directory) =>
        !Directory.Exists(directory)
            ? []
            : Directory.EnumerateFiles(directory)
                .Where(file => RotatedName().IsMatch(Path.GetFileName(file)))
                .OrderByDescending(file => Path.GetFileName(file), StringComparer.Ordinal)
                .ToList();

    /// <summary>Deletes all but the newest <paramref name="keep"/> rotated backups.</summary>
    /// <returns>The deleted files.</returns>
    public static IReadOnlyList<string> Rotate(string directory, int keep)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(keep, 1);
        var deleted = List(directory).Skip(keep).ToList();
        foreach (var file in deleted)
        {
            File.Delete(file);
        }

        return deleted;
    }

    [GeneratedRegex(@"^linkedin-auto-\d{8}T\d{6}\.\d{3}Z\.db$", RegexOptions.CultureInvariant)]
    private static partial Regex RotatedName();
}
