using System.Runtime.InteropServices;

namespace LinkedInAuto.Session;

/// <summary>The libc calls .NET does not expose: fsync on a directory (FileStream refuses to open one).</summary>
internal static class NativeMethods
{
    // O_RDONLY | O_CLOEXEC; O_CLOEXEC is 0x80000 on both x86-64 and arm64 Linux, unlike O_DIRECTORY.
    private const int OpenReadOnlyCloseOnExec = 0x80000;

    /// <summary>Flushes a directory's entries (a rename just made in it) to disk; best effort.</summary>
    /// <remarks>
    /// rename(2) is atomic but only durable once the directory itself is synced: without it a power cut on the Pi's
    /// SD card can bring back the old file, or none. Filesystems that cannot sync a directory are not an error.
    /// </remarks>
    public static void SyncDirectory(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var fd = Open(System.Text.Encoding.UTF8.GetBytes(path + "\0"), OpenReadOnlyCloseOnExec);
        if (fd < 0)
        {
            return;
        }

        _ = Fsync(fd);
        _ = Close(fd);
    }

    // DllImport rather than LibraryImport (whose stubs need AllowUnsafeBlocks), with the path passed as blittable
    // NUL-terminated UTF-8 bytes so no string marshalling is involved.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Open(byte[] nulTerminatedUtf8Path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Fsync(int fd);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Close(int fd);
}
