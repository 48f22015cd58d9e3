namespace LinkedInAuto.Systemd;

/// <summary>Holds the daemon's one-line status; the single source for <c>STATUS=</c> and the <c>status</c> command.</summary>
public sealed class StatusReporter
{
    /// <summary>Status before anyone reported one.</summary>
    public const string InitialStatus = "Starting";

    private readonly ISystemdNotifier _notifier;
    private readonly Lock _gate = new();
    private string _current = InitialStatus;
    private bool _stopping;

    /// <summary>Creates a reporter that sends changes through <paramref name="notifier"/>.</summary>
    public StatusReporter(ISystemdNotifier notifier)
    {
        ArgumentNullException.ThrowIfNull(notifier);
        _notifier = notifier;
    }

    /// <summary>The current status line.</summary>
    public string Current
    {
        get
        {
            lock (_gate)
            {
                return _current;
            }
        }
    }

    /// <summary>Replaces the status and sends <c>STATUS=</c> only when the normalised text changed; returns true if it changed.</summary>
    /// <remarks>Ignored once <see cref="EnterStopping"/> ran: a status loop still ticking must not overwrite "Stopping".</remarks>
    public bool SetStatus(string text)
    {
        lock (_gate)
        {
            if (_stopping || !TryUpdate(text))
            {
                return false;
            }

            // Sent under the lock so two racing updates reach the manager in the order they were applied.
            _notifier.Notify(ServiceState.Status(_current));
            return true;
        }
    }

    /// <summary>Sends <paramref name="state"/> and the current <c>STATUS=</c> in one datagram.</summary>
    /// <remarks>Used for <c>READY=1</c>, so <c>systemctl status</c> never shows a stale line after start or reload.</remarks>
    public NotifyResult NotifyWithStatus(ServiceState state)
    {
        lock (_gate)
        {
            return _notifier.Notify(state, ServiceState.Status(_current));
        }
    }

    /// <summary>Sets the final status and sends it with <c>STOPPING=1</c>; no other <c>STATUS=</c> follows.</summary>
    public NotifyResult EnterStopping(string text)
    {
        lock (_gate)
        {
            _stopping = true;
            TryUpdate(text);
            return _notifier.Notify(ServiceState.Stopping, ServiceState.Status(_current));
        }
    }

    /// <summary>Sets the status without sending it; returns true if it changed.</summary>
    internal bool Update(string text)
    {
        lock (_gate)
        {
            return TryUpdate(text);
        }
    }

    private bool TryUpdate(string text)
    {
        var line = ServiceState.NormalizeStatus(text);
        if (string.Equals(line, _current, StringComparison.Ordinal))
        {
            return false;
        }

        _current = line;
        return true;
    }
}
