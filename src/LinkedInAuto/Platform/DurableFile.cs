namespace LinkedInAuto.Platform;

/// <summary>The one way the product writes a file it must not lose or half-write: a temporary file in the same directory,
/// with its mode set before any content, flushed to disk, renamed over (or linked to) the target, and the directory
/// synced.</summary>
/// <remarks>
/// rename(2) is atomic, so readers see the old file or the new one, never a mix; but only the directory's fsync makes
/// the rename survive a power cut on the Pi's SD card. Writes are synchronous: the files are small, and fsync has no
/// asynchronous form. The mode is set explicitly, so the unit's <c>UMask=0077</c> cannot narrow a file meant for
/// others (the metrics textfile) and a secret is never readable by others even for an instant.
/// </remarks>
public static class DurableFile
{
    /// <summary>Replaces <paramref name="path"/> with <paramref name="content"/>.</summary>
    /// <param name="path">The target.</param>
    /// <param name="content">The whole new content.</param>
    /// <param name="mode">The target's permission bits.</param>
    /// <param name="prepare">Applied to the finished temporary file before it takes the target's place (e.g. a chown).</param>
    public static void Replace(string path, ReadOnlySpan<byte> content, UnixFileMode mode, Action<string>? prepare = null)
    {
        var temp = WriteTemp(path, content, mode, prepare);
        try
        {
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }

        SyncDirectoryOf(path);
    }

    /// <summary>Creates <paramref name="path"/> with <paramref name="content"/> unless it exists (link(2): no race with another creator).</summary>
    /// <returns>False when the file exists already (its content is kept).</returns>
    public static bool TryCreate(string path, ReadOnlySpan<byte> content, UnixFileMode mode, Action<string>? prepare = null)
    {
        var temp = WriteTemp(path, content, mode, prepare);
        try
        {
            if (LibC.Link(temp, path) != 0)
            {
                if (LibC.LastError == LibC.Exists)
                {
                    return false;
                }

                File.Move(temp, path, overwrite: false); // a file system without hard links
            }
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
        finally
        {
            TryDelete(temp);
        }

        SyncDirectoryOf(path);
        return true;
    }

    /// <summary>Gives a finished, flushed file its final name without replacing anything, durably.</summary>
    /// <exception cref="IOException">The target exists.</exception>
    public static void Publish(string finished, string path)
    {
        File.Move(finished, path, overwrite: false);
        SyncDirectoryOf(path);
    }

    private static string WriteTemp(string path, ReadOnlySpan<byte> content, UnixFileMode mode, Action<string>? prepare)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(directory))
        {
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            // Created owner-only by open(2) itself; the final mode is set before the first byte is written.
            using var stream = new FileStream(temp, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite });
            File.SetUnixFileMode(stream.SafeFileHandle, mode);
            stream.Write(content);
            stream.Flush(flushToDisk: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }

        try
        {
            prepare?.Invoke(temp);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }

        return temp;
    }

    private static void SyncDirectoryOf(string path) => LibC.SyncDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }
}
