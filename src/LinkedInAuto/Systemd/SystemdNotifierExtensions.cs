namespace LinkedInAuto.Systemd;

/// <summary>Typed helpers over <see cref="ISystemdNotifier.Notify(string)"/>.</summary>
public static class SystemdNotifierExtensions
{
    /// <summary>Sends all <paramref name="states"/> in ONE datagram, e.g. <c>READY=1\nSTATUS=Idle</c>.</summary>
    public static NotifyResult Notify(this ISystemdNotifier notifier, params ReadOnlySpan<ServiceState> states)
    {
        ArgumentNullException.ThrowIfNull(notifier);
        return notifier.Notify(ServiceState.Combine(states).Value);
    }
}
