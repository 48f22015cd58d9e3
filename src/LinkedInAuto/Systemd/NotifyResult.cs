namespace LinkedInAuto.Systemd;

/// <summary>Outcome of one notification; notification never throws (Tmds.Systemd style).</summary>
public enum NotifyResult
{
    /// <summary>The datagram was handed to the kernel.</summary>
    Success,

    /// <summary>Nothing was sent: <c>NOTIFY_SOCKET</c> is unset or empty, or names an address family we do not speak (vsock).</summary>
    NotAvailable,

    /// <summary>Nothing was sent: the message is at least <see cref="SystemdConstants.NotifyBufferMax"/> bytes and the manager would drop it.</summary>
    TooLarge,

    /// <summary>Sending failed (address too long for <c>sun_path</c>, no listener, permission denied, …).</summary>
    Failed,
}
