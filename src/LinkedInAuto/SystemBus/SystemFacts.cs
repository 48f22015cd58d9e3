using Microsoft.Extensions.Logging;
using Tmds.DBus.Protocol;

namespace LinkedInAuto.SystemBus;

/// <summary>Facts the system bus knows: a unit's state (systemd), whether the clock is synchronised (timedated) and whether the
/// machine is online (NetworkManager, else systemd-networkd).</summary>
/// <remarks>
/// Each question opens its own short connection: they are rare (before a scheduled run, in `doctor`, in `status` with
/// the daemon down) and a connection held open would be one more thing to keep alive on a Pi. Every answer is
/// bounded by <see cref="Timeout"/>; when the bus is missing or silent the answer is "unknown" (null), never an error.
/// </remarks>
public sealed partial class SystemFacts(string? address, ILogger<SystemFacts> logger)
{
    /// <summary>The product's unit.</summary>
    public const string ServiceUnit = "linkedin-auto.service";

    /// <summary>The variable that points the product at another system bus (as in libdbus and sd-bus).</summary>
    public const string AddressVariable = "DBUS_SYSTEM_BUS_ADDRESS";

    /// <summary>How long one question may take, connection included.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    private const string Systemd = "org.freedesktop.systemd1";
    private const string NetworkManager = "org.freedesktop.NetworkManager";
    private const string Networkd = "org.freedesktop.network1";

    /// <summary>Gets the bus address asked (the system bus unless configured otherwise).</summary>
    public string Address { get; } = address ?? DBusAddress.System ?? "unix:path=/run/dbus/system_bus_socket";

    /// <summary>Reads <paramref name="unit"/>'s state; null when the bus cannot be asked.</summary>
    public Task<UnitFacts?> GetUnitAsync(string unit, CancellationToken cancellationToken) => AskAsync<UnitFacts?>("unit " + unit, async connection =>
    {
        var path = await BusCall.ObjectPathAsync(connection, Systemd, "/org/freedesktop/systemd1", Systemd + ".Manager", "LoadUnit", unit);
        var loadState = (await UnitPropertyAsync(connection, path, "LoadState")).GetString();
        if (loadState is "not-found" or "stub")
        {
            return new UnitFacts(loadState, "inactive", "dead", 0, 0, null);
        }

        var memory = (await ServicePropertyAsync(connection, path, "MemoryCurrent")).GetUInt64();
        return new UnitFacts(
            loadState,
            (await UnitPropertyAsync(connection, path, "ActiveState")).GetString(),
            (await UnitPropertyAsync(connection, path, "SubState")).GetString(),
            (await ServicePropertyAsync(connection, path, "NRestarts")).GetUInt32(),
            (await ServicePropertyAsync(connection, path, "ExecMainStatus")).GetInt32(),
            memory == ulong.MaxValue ? null : memory); // systemd says "no accounting" with UINT64_MAX
    }, cancellationToken);

    /// <summary>Tells whether the kernel clock is NTP-synchronised (timedated's NTPSynchronized, which covers timesyncd, chrony and ntpd); null when unknown.</summary>
    public Task<bool?> IsClockSynchronizedAsync(CancellationToken cancellationToken) => AskAsync<bool?>("clock", async connection =>
        (await BusCall.PropertyAsync(connection, "org.freedesktop.timedate1", "/org/freedesktop/timedate1", "org.freedesktop.timedate1", "NTPSynchronized", activate: true)).GetBool(),
        cancellationToken);

    /// <summary>Asks NetworkManager, else systemd-networkd, whether the machine is online; <see cref="NetworkState.Unknown"/> when neither answers.</summary>
    public async Task<NetworkState> GetNetworkAsync(CancellationToken cancellationToken) =>
        await AskAsync<NetworkState?>("network", async connection =>
            await FromNetworkManagerAsync(connection) ?? await FromNetworkdAsync(connection), cancellationToken)
        ?? NetworkState.Unknown;

    // NM_STATE (NetworkManager D-Bus API): 70 connected globally, 60 site, 50 local only, 40 connecting, 30 disconnecting,
    // 20 disconnected, 10 asleep, 0 unknown. Local-only and below cannot reach LinkedIn; 60 may (a failed connectivity
    // check behind a proxy), so it is not called offline.
    private static async Task<NetworkState?> FromNetworkManagerAsync(DBusConnection connection)
    {
        uint state;
        try
        {
            state = (await BusCall.PropertyAsync(connection, NetworkManager, "/org/freedesktop/NetworkManager", NetworkManager, "State")).GetUInt32();
        }
        catch (DBusErrorReplyException)
        {
            return null; // not running
        }

        return state switch
        {
            0 => null,
            >= 60 => new NetworkState(true, $"NetworkManager: state {state} (connected)"),
            _ => new NetworkState(false, $"NetworkManager: state {state} ({(state == 50 ? "local network only" : "not connected")})"),
        };
    }

    // systemd-networkd's OnlineState (systemd ≥ 249): "online", "partial" (some links online) or "offline".
    private static async Task<NetworkState?> FromNetworkdAsync(DBusConnection connection)
    {
        string online;
        try
        {
            online = (await BusCall.PropertyAsync(connection, Networkd, "/org/freedesktop/network1", Networkd + ".Manager", "OnlineState")).GetString();
        }
        catch (DBusErrorReplyException)
        {
            return null;
        }

        return online switch
        {
            "online" or "partial" => new NetworkState(true, "systemd-networkd: " + online),
            "offline" => new NetworkState(false, "systemd-networkd: offline"),
            _ => null,
        };
    }

    private static Task<VariantValue> UnitPropertyAsync(DBusConnection connection, string path, string name) =>
        BusCall.PropertyAsync(connection, Systemd, path, Systemd + ".Unit", name);

    private static Task<VariantValue> ServicePropertyAsync(DBusConnection connection, string path, string name) =>
        BusCall.PropertyAsync(connection, Systemd, path, Systemd + ".Service", name);

    private async Task<T?> AskAsync<T>(string what, Func<DBusConnection, Task<T>> ask, CancellationToken cancellationToken)
    {
        try
        {
            using var connection = new DBusConnection(Address);
            var answer = async () =>
            {
                await connection.ConnectAsync();
                return await ask(connection);
            };
            return await answer().WaitAsync(Timeout, cancellationToken);
        }
        catch (Exception ex) when (ex is DBusExceptionBase or TimeoutException or IOException or InvalidOperationException or System.Net.Sockets.SocketException)
        {
            LogUnanswered(what, Address, ex.Message);
            return default;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "The system bus ({Address}) did not answer about the {What}: {Reason}")]
    private partial void LogUnanswered(string what, string address, string reason);
}
