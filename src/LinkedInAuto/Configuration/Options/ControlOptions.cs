namespace LinkedInAuto.Configuration;

/// <summary>The control socket through which the CLI talks to the daemon.</summary>
public sealed class ControlOptions
{
    /// <summary>Gets or sets the group whose members may use the socket (mode 0660).</summary>
    public string SocketGroup { get; set; } = "linkedin-auto";
}
