using Microsoft.Extensions.Hosting.Systemd;

namespace LinkedInAuto.Systemd;

/// <summary>Holds the daemon's one-line status; the single source for <c>STATUS=</c> and the <c>status</c> command.</summary>
public sealed class StatusReporter
{
    /// <summary>Status before anyone reported one.</summary>
    public const string InitialStatus = "Starting";

    /// <summary>Status line set at readiness when nobody reported a more specific one.</summary>
    public const string RunningStatus = "Running";

    /// <summary>Status line from <c>STOPPING=1</c> on.</summary>
    public const string StoppingStatus = "Stopping";

    private readonly NotifySender _sender;
    private readonly Lock _gate = new();
    private string _current = InitialStatus;
    private bool _stopping;

    /// <summary>Creates a reporter that sends changes through <paramref name="sender"/>.</summary>
    public StatusReporter(NotifySender sender)
    {
        ArgumentNullException.ThrowIfNull(sender);
        _sender = sender;
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
            _sender.Send(NotifyMessages.Status(_current));
            return true;
        }
    }

    /// <summary>Sends <c>READY=1</c> with the current <c>STATUS=</c> in one datagram (after start or a reload), unless stopping.</summary>
    /// <remarks>At start, a status nobody set yet becomes <see cref="RunningStatus"/>; <c>systemctl status</c> never shows a stale line.</remarks>
    public bool NotifyReady()
    {
        lock (_gate)
        {
            if (_stopping)
            {
                return false; // after STOPPING=1 a READY=1 would be wrong
            }

            if (string.Equals(_current, InitialStatus, StringComparison.Ordinal))
            {
                _current = RunningStatus;
            }

            return _sender.Send(NotifyMessages.Combine(ServiceState.Ready, NotifyMessages.Status(_current)));
        }
    }

    /// <summary>Sets the final status and sends it with <c>STOPPING=1</c>; no other <c>STATUS=</c> or <c>READY=1</c> follows.</summary>
    public bool EnterStopping()
    {
        lock (_gate)
        {
            _stopping = true;
            TryUpdate(StoppingStatus);
            return _sender.Send(NotifyMessages.Combine(ServiceState.Stopping, NotifyMessages.Status(_current)));
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
        var line = NotifyMessages.NormalizeStatus(text);
        if (string.Equals(line, _current, StringComparison.Ordinal))
        {
            return false;
        }

        _current = line;
        return true;
    }
}
