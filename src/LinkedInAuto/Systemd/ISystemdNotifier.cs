namespace LinkedInAuto.Systemd;

/// <summary>Sends sd_notify(3) state assignments to the service manager.</summary>
public interface ISystemdNotifier
{
    /// <summary>True when <c>NOTIFY_SOCKET</c> was set, i.e. a manager is listening (dotnet/runtime semantics).</summary>
    bool IsEnabled { get; }

    /// <summary>Sends <paramref name="state"/> (newline-separated <c>KEY=VALUE</c> assignments) as one datagram; never throws.</summary>
    NotifyResult Notify(string state);
}
