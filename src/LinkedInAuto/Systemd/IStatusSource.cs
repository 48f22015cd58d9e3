namespace LinkedInAuto.Systemd;

/// <summary>Composes the one-line status shown by `systemctl status` and `linkedin-auto status` from the daemon's state.</summary>
public interface IStatusSource
{
    /// <summary>Gets the current one-line status, e.g. `idle — next: birthday 09:12`.</summary>
    string Describe();
}
