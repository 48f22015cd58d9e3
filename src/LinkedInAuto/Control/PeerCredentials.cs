using System.Net.Sockets;

namespace LinkedInAuto.Control;

/// <summary>Who is at the other end of a Unix socket, as the kernel says (SO_PEERCRED, socket(7)): logged with every command.</summary>
/// <param name="Pid">The client's pid.</param>
/// <param name="Uid">The client's user id.</param>
/// <param name="Gid">The client's group id.</param>
public readonly record struct PeerCredentials(int Pid, int Uid, int Gid)
{
    private const int SolSocket = 1;
    private const int SoPeerCred = 17;

    /// <summary>Reads the credentials of <paramref name="socket"/>'s peer (struct ucred: three 32-bit integers).</summary>
    public static PeerCredentials Of(Socket socket)
    {
        Span<byte> ucred = stackalloc byte[12];
        var length = socket.GetRawSocketOption(SolSocket, SoPeerCred, ucred);
        return length < 12
            ? new PeerCredentials(-1, -1, -1)
            : new PeerCredentials(BitConverter.ToInt32(ucred), BitConverter.ToInt32(ucred[4..]), BitConverter.ToInt32(ucred[8..]));
    }
}
