using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Control;

/// <summary>Gives the control socket its mode (0660) and group, so only the service user and the group's members can connect.</summary>
internal static class UnixSocketFile
{
    /// <summary>The socket's mode: read and write for the owner and the group, nothing for others (connect needs write).</summary>
    public const UnixFileMode Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite;

    /// <summary>Sets mode 0660 and, when <paramref name="group"/> exists, that group; otherwise keeps the process's group and says so.</summary>
    public static void Secure(string path, string group, ILogger logger)
    {
        File.SetUnixFileMode(path, Mode);
        if (string.IsNullOrWhiteSpace(group))
        {
            return;
        }

        if (NativeMethods.GetGroupId(group) is not { } gid)
        {
            logger.LogInformation("Control socket {SocketPath}: group {Group} does not exist, so the socket keeps this process's group (gid {Gid}); only that group and the service user can use it",
                path, group, NativeMethods.GetGid());
            return;
        }

        if (NativeMethods.Chown(path, -1, (int)gid) != 0)
        {
            logger.LogWarning("Control socket {SocketPath}: cannot give it group {Group} (errno {Errno}); only the service user can use it",
                path, group, Marshal.GetLastPInvokeError());
        }
    }

    private static class NativeMethods
    {
        // struct group { char *gr_name; char *gr_passwd; gid_t gr_gid; char **gr_mem; } on glibc, x64 and arm64 alike.
        public static uint? GetGroupId(string name)
        {
            var entry = GetGrNam(Utf8(name));
            return entry == IntPtr.Zero ? null : (uint)Marshal.ReadInt32(entry, 2 * IntPtr.Size);
        }

        public static int Chown(string path, int owner, int group) => Chown(Utf8(path), owner, group);

        // Blittable NUL-terminated UTF-8 bytes instead of string marshalling (as Session/NativeMethods does).
        private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text + "\0");

        [DllImport("libc", EntryPoint = "chown", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        private static extern int Chown(byte[] nulTerminatedUtf8Path, int owner, int group);

        [DllImport("libc", EntryPoint = "getgid")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern uint GetGid();

        [DllImport("libc", EntryPoint = "getgrnam")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        private static extern IntPtr GetGrNam(byte[] nulTerminatedUtf8Name);
    }
}
