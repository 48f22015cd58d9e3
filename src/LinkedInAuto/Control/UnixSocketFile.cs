using LinkedInAuto.Platform;
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

        if (LibC.GroupIdOf(group) is not { } gid)
        {
            logger.LogInformation("Control socket {SocketPath}: group {Group} does not exist, so the socket keeps this process's group (gid {Gid}); only that group and the service user can use it",
                path, group, LibC.GetGroupId());
            return;
        }

        if (LibC.Chown(path, -1, (int)gid) != 0)
        {
            logger.LogWarning("Control socket {SocketPath}: cannot give it group {Group} (errno {Errno}); only the service user can use it",
                path, group, LibC.LastError);
        }
    }
}
