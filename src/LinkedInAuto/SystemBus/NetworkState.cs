namespace LinkedInAuto.SystemBus;

/// <summary>Whether the machine can reach the Internet, as its network manager sees it.</summary>
/// <param name="Online">True when online; false when offline; null when nobody on the bus can tell.</param>
/// <param name="Source">Who said so, e.g. `NetworkManager: connectivity full`, for logs and `doctor`.</param>
public sealed record NetworkState(bool? Online, string Source)
{
    /// <summary>Gets the state when neither NetworkManager nor systemd-networkd answers: runs are never held back on a guess.</summary>
    public static NetworkState Unknown { get; } = new(null, "no network manager on the system bus");

    /// <summary>Gets a value indicating whether a run should wait for the network.</summary>
    public bool IsOffline => Online == false;
}
