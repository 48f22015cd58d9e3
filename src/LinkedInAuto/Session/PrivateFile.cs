namespace LinkedInAuto.Session;

/// <summary>Writes files only their owner can read (mode 0600), atomically and durably.</summary>
/// <remarks>
/// The temporary file is created with mode 0600 by open(2) itself (<see cref="FileStreamOptions.UnixCreateMode"/>),
/// so there is no moment where the secret sits in a world-readable file; it lives in the target's directory so the
/// final rename (or link, for a file that must never be replaced) stays on one filesystem. Writes are synchronous:
/// the files are a few kilobytes, and fsync has no asynchronous form (<see cref="Stream.FlushAsync()"/> does not
/// reach the disk).
/// </remarks>
internal static class PrivateFile
{
    /// <summary>The mode of every secret file: read and write for the owner only.</summary>
    public const UnixFileMode Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Replaces <paramref name="path"/> with <paramref name="content"/>: readers see the old file or the new one, never a mix.</summary>
    public static void Replace(string path, ReadOnlySpan<byte> content)
    {
        var temp = WriteTemp(path, content);
        try
        {
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }

        NativeMethods.SyncDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
    }

    /// <summary>Creates <paramref name="path"/> with <paramref name="content"/> unless it exists.</summary>
    /// <returns>False when another process created the file first (its content is kept).</returns>
    public static bool TryCreate(string path, ReadOnlySpan<byte> content)
    {
        var temp = WriteTemp(path, content);
        try
        {
            switch (NativeMethods.TryLink(temp, path))
            {
                case false:
                    return false;
                case null:
                    File.Move(temp, path, overwrite: false);
                    break;
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

        NativeMethods.SyncDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        return true;
    }

    private static string WriteTemp(string path, ReadOnlySpan<byte> content)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("the session store needs Unix file modes");
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(directory))
        {
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using var stream = new FileStream(temp, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = Mode });
            stream.Write(content);
            stream.Flush(flushToDisk: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }

        GiveToDirectoryOwner(temp, directory);
        return temp;
    }

    // An administrator runs `sudo linkedin-auto auth import`: the file must belong to the service user who owns the
    // state directory, or the service could not read its own session (mode 0600).
    private static void GiveToDirectoryOwner(string file, string directory)
    {
        if (Environment.UserName != "root")
        {
            return;
        }

        using var chown = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("chown", ["--reference=" + directory, file]) { UseShellExecute = false })
            ?? throw new IOException("cannot run chown");
        chown.WaitForExit();
        if (chown.ExitCode != 0)
        {
            throw new IOException($"chown --reference={directory} {file} failed");
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
