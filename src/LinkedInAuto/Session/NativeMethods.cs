using System.Runtime.InteropServices;

namespace LinkedInAuto.Session;

/// <summary>The libc calls .NET does not expose: fsync on a directory (FileStream refuses to open one) and link(2).</summary>
internal static class NativeMethods
{
    private const int ErrorExists = 17; // EEXIST, the same on every Linux architecture.

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

        try
        {
            var fd = Open(Utf8(path), OpenReadOnlyCloseOnExec);
            if (fd < 0)
            {
                return;
            }

            _ = Fsync(fd);
            _ = Close(fd);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // The runtime maps "libc" to the C library on glibc; elsewhere durability is best effort, not a failure.
        }
    }

    /// <summary>Gives <paramref name="existing"/> the additional name <paramref name="newPath"/>, failing if that name exists.</summary>
    /// <remarks>File.Move without overwrite checks then renames, which a concurrent creator can slip between; link(2) is atomic.</remarks>
    /// <returns>True when linked; false when <paramref name="newPath"/> exists; null when linking is unavailable here (the caller falls back).</returns>
    public static bool? TryLink(string existing, string newPath)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            if (Link(Utf8(existing), Utf8(newPath)) == 0)
            {
                return true;
            }

            return Marshal.GetLastPInvokeError() == ErrorExists ? false : null;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    private static byte[] Utf8(string path) => System.Text.Encoding.UTF8.GetBytes(path + "\0");

    // DllImport rather than LibraryImport (whose stubs need AllowUnsafeBlocks), with the path passed as blittable
    // NUL-terminated UTF-8 bytes so no string marshalling is involved.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Open(byte[] nulTerminatedUtf8Path, int flags);

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Link(byte[] nulTerminatedUtf8Existing, byte[] nulTerminatedUtf8New);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Fsync(int fd);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Close(int fd);
}
