using LinkedInAuto.Platform;

namespace LinkedInAuto.Session;

/// <summary>Writes files only their owner can read (mode 0600), atomically and durably (<see cref="DurableFile"/>).</summary>
/// <remarks>
/// Run as root (`sudo linkedin-auto auth import`), the file is given to the owner of its directory, the service user,
/// before it takes its final name: the service could not read its own session otherwise.
/// </remarks>
internal static class PrivateFile
{
    /// <summary>The mode of every secret file: read and write for the owner only.</summary>
    public const UnixFileMode Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Replaces <paramref name="path"/> with <paramref name="content"/>: readers see the old file or the new one, never a mix.</summary>
    public static void Replace(string path, ReadOnlySpan<byte> content) => DurableFile.Replace(path, content, Mode, GiveToDirectoryOwner);

    /// <summary>Creates <paramref name="path"/> with <paramref name="content"/> unless it exists.</summary>
    /// <returns>False when another process created the file first (its content is kept).</returns>
    public static bool TryCreate(string path, ReadOnlySpan<byte> content) => DurableFile.TryCreate(path, content, Mode, GiveToDirectoryOwner);

    private static void GiveToDirectoryOwner(string file)
    {
        if (!CurrentUser.IsRoot || LibC.Stat(Path.GetDirectoryName(Path.GetFullPath(file))!) is not { } directory)
        {
            return;
        }

        if (LibC.Chown(file, (int)directory.UserId, (int)directory.GroupId) != 0)
        {
            throw new IOException($"cannot give {file} to uid {directory.UserId} (errno {LibC.LastError})");
        }
    }
}
