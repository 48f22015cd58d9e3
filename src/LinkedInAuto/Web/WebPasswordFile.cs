using System.Text;
using LinkedInAuto.Platform;

namespace LinkedInAuto.Web;

/// <summary>`web-password` beside config.yaml (`/etc/linkedin-auto/web-password`): the web page's password hash,
/// mode 0640, group linkedin-auto when that group exists. Without it the web page does not start.</summary>
public sealed class WebPasswordFile(string path)
{
    /// <summary>The file name, in the config file's directory.</summary>
    public const string FileName = "web-password";

    /// <summary>The group that may read the file (the web unit's user is in it).</summary>
    public const string Group = "linkedin-auto";

    /// <summary>The file's mode: root writes, the group reads.</summary>
    public const UnixFileMode Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;

    /// <summary>Gets the file's path.</summary>
    public string Path { get; } = path;

    /// <summary>The file for the config at <paramref name="configPath"/>.</summary>
    public static WebPasswordFile ForConfig(string configPath) =>
        new(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(configPath)) ?? "/", FileName));

    /// <summary>Reads the stored hash.</summary>
    /// <returns>The hash, or null and why there is none usable.</returns>
    public (string? Hash, string? Problem) Read()
    {
        try
        {
            var text = File.ReadAllText(Path).Trim();
            return WebPasswordHash.IsWellFormed(text)
                ? (text, null)
                : (null, $"{Path} does not hold a password hash written by `linkedin-auto web password`");
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return (null, $"no password is set for the web page ({Path} is missing)");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot read {Path}: {ex.Message}");
        }
    }

    /// <summary>Checks <paramref name="password"/> against the file as it is now (a new password takes effect at once).</summary>
    public bool Verify(string password) => Read().Hash is { } hash && WebPasswordHash.Verify(hash, password);

    /// <summary>Replaces the file with <paramref name="hash"/> (written whole, mode 0640, group <see cref="Group"/> when it exists).</summary>
    /// <returns>Whether the file got group <see cref="Group"/>.</returns>
    public bool Write(string hash)
    {
        var grouped = false;
        DurableFile.Replace(Path, Encoding.UTF8.GetBytes(hash + "\n"), Mode, temp =>
        {
            if (LibC.GroupIdOf(Group) is { } gid)
            {
                grouped = LibC.Chown(temp, -1, (int)gid) == 0;
            }
        });
        return grouped;
    }
}
