namespace LinkedInAuto.Logging;

/// <summary>Outcome of sending one journal entry; sending never throws (Tmds.Systemd <c>LogResult</c> style).</summary>
public enum JournalSendResult
{
    /// <summary>Sent, or silently dropped because journald is not running (ENOENT, as libsystemd does).</summary>
    Success,

    /// <summary>The journal cannot be used here (not Linux, no AF_UNIX, unusable socket path); a stderr line was written instead.</summary>
    NotAvailable,

    /// <summary>The kernel refused the datagram size (EMSGSIZE/ENOBUFS); a <c>&lt;N&gt;</c>-prefixed stderr line was written instead.</summary>
    TooLarge,

    /// <summary>Sending failed for another reason; a stderr line was written instead.</summary>
    Failed,
}
