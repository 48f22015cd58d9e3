using LinkedInAuto.Control;

namespace LinkedInAuto.Web;

/// <summary>The web page's only way to the daemon: its control socket, exactly as the CLI uses it.</summary>
public sealed class DaemonGateway(ControlClient client)
{
    /// <summary>Sends <paramref name="request"/>; returns the daemon's answer, or null and why it could not be reached.</summary>
    public async Task<(ControlResponse? Response, string? Unavailable)> SendAsync(ControlRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return (await client.SendAsync(request, null, cancellationToken), null);
        }
        catch (DaemonUnavailableException ex)
        {
            return (null, ex.Message);
        }
    }
}
