using System.Runtime.InteropServices;
using System.Text;

namespace LinkedInAuto.Platform;

/// <summary>Every libc call the product makes, for what .NET has no managed API: directory fsync, link(2), kill(2),
/// statx(2), chown(2), the process's ids, a group's id and malloc_trim(3).</summary>
/// <remarks>
/// DllImport rather than LibraryImport (whose generated stubs need unsafe code), with only blittable arguments: paths
/// travel as NUL-terminated UTF-8 byte arrays, structures as byte buffers read at fixed offsets. "libc" is the C
/// library the runtime maps it to (glibc on Debian). The ABI is the same on x86-64 and arm64 for every call here.
/// </remarks>
internal static class LibC
{
    /// <summary>EPERM.</summary>
    public const int PermissionDenied = 1;

    /// <summary>ESRCH.</summary>
    public const int NoSuchProcess = 3;

    /// <summary>EEXIST.</summary>
    public const int Exists = 17;

    private const int OpenReadOnlyCloseOnExec = 0x80000; // O_RDONLY | O_CLOEXEC, the same on x86-64 and arm64
    private const int AtCurrentDirectory = -100;         // AT_FDCWD
    private const uint StatxBasicStats = 0x7ff;          // STATX_BASIC_STATS
    private const int StatxSize = 256;                   // sizeof(struct statx), fixed on every architecture

    /// <summary>Gets the errno of the last call.</summary>
    public static int LastError => Marshal.GetLastPInvokeError();

    /// <summary>fsync(2) of a directory (FileStream refuses to open one): makes a rename in it durable. Best effort.</summary>
    public static void SyncDirectory(string path)
    {
        var fd = Open(Utf8(path), OpenReadOnlyCloseOnExec);
        if (fd >= 0)
        {
            _ = Fsync(fd);
            _ = Close(fd);
        }
    }

    /// <summary>link(2): gives <paramref name="existing"/> the name <paramref name="newPath"/>, atomically failing with <see cref="Exists"/>.</summary>
    public static int Link(string existing, string newPath) => Link(Utf8(existing), Utf8(newPath));

    /// <summary>kill(2).</summary>
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int Kill(int pid, int signal);

    /// <summary>geteuid(2); cannot fail.</summary>
    [DllImport("libc", EntryPoint = "geteuid")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern uint GetEffectiveUserId();

    /// <summary>getgid(2); cannot fail.</summary>
    [DllImport("libc", EntryPoint = "getgid")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern uint GetGroupId();

    /// <summary>malloc_trim(3): returns freed native heap to the system (glibc only).</summary>
    [DllImport("libc", EntryPoint = "malloc_trim")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int MallocTrim(nuint pad);

    /// <summary>Gives <paramref name="signal"/> back its default action when the parent left it ignored (nohup(1), a
    /// shell's <c>trap '' HUP</c>): an ignored disposition survives exec, and the runtime does not deliver an ignored
    /// signal to a handler registered later.</summary>
    /// <returns>True when the signal was ignored and now has its default action.</returns>
    public static bool UnignoreSignal(int signal)
    {
        // struct sigaction starts with the handler (a pointer) on glibc for x86-64 and arm64; 256 bytes cover the rest.
        var action = Marshal.AllocHGlobal(256);
        try
        {
            if (SigAction(signal, 0, action) != 0 || Marshal.ReadIntPtr(action) != SigIgn)
            {
                return false;
            }
        }
        finally
        {
            Marshal.FreeHGlobal(action);
        }

        return SetSignal(signal, SigDfl) != SigErr;
    }

    private const nint SigDfl = 0;
    private const nint SigIgn = 1;
    private const nint SigErr = -1;

    [DllImport("libc", EntryPoint = "sigaction", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SigAction(int signal, nint action, nint oldAction);

    [DllImport("libc", EntryPoint = "signal", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern nint SetSignal(int signal, nint handler);

    /// <summary>chown(2); -1 leaves the owner or group as it is.</summary>
    public static int Chown(string path, int owner, int group) => Chown(Utf8(path), owner, group);

    /// <summary>The id of group <paramref name="name"/> (getgrnam(3)), or null when there is no such group.</summary>
    /// <remarks>glibc's <c>struct group { char *gr_name; char *gr_passwd; gid_t gr_gid; … }</c>: the id follows two pointers.</remarks>
    public static uint? GroupIdOf(string name)
    {
        var entry = GetGroupByName(Utf8(name));
        return entry == IntPtr.Zero ? null : (uint)Marshal.ReadInt32(entry, 2 * IntPtr.Size);
    }

    /// <summary>A file's owner, group and permission bits, following symbolic links (statx(2)); null when it cannot be read.</summary>
    /// <remarks><c>struct statx</c> has one layout on every architecture, unlike <c>struct stat</c>: stx_uid at 20,
    /// stx_gid at 24, stx_mode (16 bits) at 28.</remarks>
    public static (uint UserId, uint GroupId, UnixFileMode Mode)? Stat(string path)
    {
        var buffer = new byte[StatxSize];
        if (Statx(AtCurrentDirectory, Utf8(path), 0, StatxBasicStats, buffer) != 0)
        {
            return null;
        }

        return (BitConverter.ToUInt32(buffer, 20), BitConverter.ToUInt32(buffer, 24), (UnixFileMode)(BitConverter.ToUInt16(buffer, 28) & 0xfff));
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text + "\0");

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Open(byte[] nulTerminatedUtf8Path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Fsync(int fd);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Close(int fd);

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Link(byte[] nulTerminatedUtf8Existing, byte[] nulTerminatedUtf8New);

    [DllImport("libc", EntryPoint = "chown", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Chown(byte[] nulTerminatedUtf8Path, int owner, int group);

    [DllImport("libc", EntryPoint = "getgrnam")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern IntPtr GetGroupByName(byte[] nulTerminatedUtf8Name);

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int directoryFd, byte[] nulTerminatedUtf8Path, int flags, uint mask, [Out] byte[] buffer);
}
