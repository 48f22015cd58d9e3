using LinkedInAuto.Systemd;
using Microsoft.Extensions.Hosting.Systemd;

namespace LinkedInAuto.Tests.Systemd;

/// <summary>Tests that create Microsoft.Extensions.Hosting.Systemd's notifier for a socket of their own.</summary>
/// <remarks>The package reads <c>NOTIFY_SOCKET</c> only from the process environment, in the notifier's constructor:
/// <see cref="PackageNotifier"/> sets it for that instant, which is safe only while no other test runs.</remarks>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NotifyEnvironmentDefinition
{
    public const string Name = "process environment: NOTIFY_SOCKET";
}

/// <summary>Creates the package's <see cref="SystemdNotifier"/> (the one the daemon uses) pointed at a test socket.</summary>
internal static class PackageNotifier
{
    private static readonly Lock s_gate = new();

    /// <summary>The package's notifier for <paramref name="address"/> (a path, or <c>@name</c> for an abstract socket; null: unsupervised).</summary>
    public static SystemdNotifier For(string? address)
    {
        lock (s_gate)
        {
            var previous = Environment.GetEnvironmentVariable(SystemdProtocol.NotifySocket);
            Environment.SetEnvironmentVariable(SystemdProtocol.NotifySocket, address);
            try
            {
                return new SystemdNotifier();
            }
            finally
            {
                Environment.SetEnvironmentVariable(SystemdProtocol.NotifySocket, previous);
            }
        }
    }

    /// <summary>Our <see cref="NotifySender"/> over the package's notifier for <paramref name="address"/>.</summary>
    public static NotifySender Sender(string? address, Microsoft.Extensions.Logging.ILogger<NotifySender>? logger = null) =>
        new(For(address), logger);
}
