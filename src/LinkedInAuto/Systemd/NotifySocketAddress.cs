using System.Net.Sockets;
using System.Text;

namespace LinkedInAuto.Systemd;

/// <summary>Turns a <c>NOTIFY_SOCKET</c> value into a Unix-domain endpoint, following sd_notify(3).</summary>
internal static class NotifySocketAddress
{
    /// <summary>Error text returned for address families other than <c>AF_UNIX</c>.</summary>
    public const string Unsupported = "only '/path' and '@abstract' addresses are supported (vsock is for VMs)";

    /// <summary>Returns the endpoint for <paramref name="address"/>, or null with the reason in <paramref name="error"/>.</summary>
    /// <remarks>
    /// <c>/</c> ⇒ filesystem path; <c>@</c> ⇒ Linux abstract namespace, the <c>@</c> replaced by a NUL byte (a
    /// leading NUL is how <see cref="UnixDomainSocketEndPoint"/> recognises abstract names). Anything else
    /// (<c>vsock:</c>…) is EAFNOSUPPORT in notify-selfcontained-example.c. The whole value must be shorter than
    /// <c>sun_path</c> (108 bytes), otherwise the example returns E2BIG.
    /// </remarks>
    public static UnixDomainSocketEndPoint? TryCreateEndPoint(string address, out string error)
    {
        error = string.Empty;
        if (address.Length == 0 || (address[0] != '/' && address[0] != '@'))
        {
            error = Unsupported;
            return null;
        }

        if (Encoding.UTF8.GetByteCount(address) >= SystemdConstants.SunPathLength)
        {
            error = "the address does not fit sun_path (108 bytes including the terminating NUL)";
            return null;
        }

        var path = address[0] == '@' ? string.Concat("\0", address.AsSpan(1)) : address;
        try
        {
            return new UnixDomainSocketEndPoint(path);
        }
        catch (Exception e) when (e is ArgumentException or PlatformNotSupportedException)
        {
            error = e.Message;
            return null;
        }
    }
}
