using Microsoft.Extensions.Hosting.Systemd;

namespace LinkedInAuto.Systemd;

/// <summary>The notifier Microsoft.Extensions.Hosting.Systemd's <see cref="SystemdLifetime"/> sends READY=1 and STOPPING=1 through.</summary>
/// <remarks>
/// The package's lifetime sends the bare assignments; routed through the <see cref="StatusReporter"/>, each goes out
/// with the current <c>STATUS=</c> in the same datagram, and nothing overwrites "Stopping" afterwards. Every
/// other notification passes through <see cref="NotifySender"/>, which never throws.
/// </remarks>
internal sealed class LifecycleNotifier(NotifySender sender, StatusReporter status) : ISystemdNotifier
{
    /// <inheritdoc/>
    public bool IsEnabled => sender.IsEnabled;

    /// <inheritdoc/>
    public void Notify(ServiceState state)
    {
        var text = state.ToString();
        if (text == ServiceState.Ready.ToString())
        {
            status.NotifyReady();
        }
        else if (text == ServiceState.Stopping.ToString())
        {
            status.EnterStopping();
        }
        else
        {
            sender.Send(state);
        }
    }
}
