using Tmds.DBus.Protocol;

namespace LinkedInAuto.Tests.SystemBus;

/// <summary>Our own small service on a <see cref="PrivateBus"/>, answering as systemd, timedated, NetworkManager and
/// systemd-networkd would: their bus names, object paths, interfaces and property types, with values a test chooses.</summary>
/// <remarks>A service a test leaves unset does not own its name, so callers get the bus's own "no such name" error.</remarks>
internal sealed class StandInSystem : IPathMethodHandler, IAsyncDisposable
{
    private const string UnitPathPrefix = "/org/freedesktop/systemd1/unit/";
    private DBusConnection? _connection;

    /// <summary>Gets the units systemd knows: name → properties (LoadState, ActiveState, SubState, NRestarts, ExecMainStatus, MemoryCurrent).</summary>
    public Dictionary<string, Dictionary<string, VariantValue>> Units { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets or sets timedated's NTPSynchronized; null: timedated is not on the bus.</summary>
    public bool? NtpSynchronized { get; init; }

    /// <summary>Gets or sets NetworkManager's State (NM_STATE); null: NetworkManager is not on the bus.</summary>
    public uint? NetworkManagerState { get; init; }

    /// <summary>Gets or sets systemd-networkd's OnlineState; null: networkd is not on the bus.</summary>
    public string? NetworkdOnlineState { get; init; }

    /// <summary>Gets or sets a value indicating whether the service takes calls and never answers them (a hung daemon).</summary>
    public bool Silent { get; init; }

    /// <inheritdoc/>
    public string Path => "/org/freedesktop";

    /// <inheritdoc/>
    public bool HandlesChildPaths => true;

    /// <summary>Connects <paramref name="state"/> to <paramref name="address"/> and takes the names of the services it sets.</summary>
    public static async Task<StandInSystem> StartAsync(string address, StandInSystem state)
    {
        var connection = new DBusConnection(address);
        await connection.ConnectAsync();
        state._connection = connection;
        connection.AddMethodHandler(state);
        await connection.RequestNameAsync("org.freedesktop.systemd1", RequestNameOptions.Default);
        if (state.NtpSynchronized is not null)
        {
            await connection.RequestNameAsync("org.freedesktop.timedate1", RequestNameOptions.Default);
        }

        if (state.NetworkManagerState is not null)
        {
            await connection.RequestNameAsync("org.freedesktop.NetworkManager", RequestNameOptions.Default);
        }

        if (state.NetworkdOnlineState is not null)
        {
            await connection.RequestNameAsync("org.freedesktop.network1", RequestNameOptions.Default);
        }

        return state;
    }

    /// <summary>The properties of a service unit as systemd reports a running one.</summary>
    public static Dictionary<string, VariantValue> Service(string active, string sub, uint restarts = 0, int exitStatus = 0, ulong memory = ulong.MaxValue) => new(StringComparer.Ordinal)
    {
        ["LoadState"] = VariantValue.String("loaded"),
        ["ActiveState"] = VariantValue.String(active),
        ["SubState"] = VariantValue.String(sub),
        ["NRestarts"] = VariantValue.UInt32(restarts),
        ["ExecMainStatus"] = VariantValue.Int32(exitStatus),
        ["MemoryCurrent"] = VariantValue.UInt64(memory),
    };

    /// <inheritdoc/>
    public ValueTask HandleMethodAsync(MethodContext context)
    {
        if (Silent)
        {
            context.DisposesAsynchronously = true; // keep the call open: no reply, ever
            return ValueTask.CompletedTask;
        }

        var request = context.Request;
        var path = request.PathAsString ?? string.Empty;
        switch (request.InterfaceAsString, request.MemberAsString)
        {
            case ("org.freedesktop.systemd1.Manager", "LoadUnit"):
                var unit = request.GetBodyReader().ReadString();
                using (var writer = context.CreateReplyWriter("o"))
                {
                    writer.WriteObjectPath(UnitPathPrefix + Escape(unit));
                    context.Reply(writer.CreateMessage());
                }

                break;
            case ("org.freedesktop.DBus.Properties", "Get"):
                var reader = request.GetBodyReader();
                var @interface = reader.ReadString();
                var property = reader.ReadString();
                if (Property(path, @interface, property) is { } value)
                {
                    using var writer = context.CreateReplyWriter("v");
                    writer.WriteVariant(value);
                    context.Reply(writer.CreateMessage());
                }
                else
                {
                    context.ReplyError("org.freedesktop.DBus.Error.UnknownProperty", $"no property {@interface}.{property} at {path}");
                }

                break;
            default:
                context.ReplyUnknownMethodError();
                break;
        }

        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _connection?.Dispose();
        await Task.CompletedTask;
    }

    // systemd's unit path escaping (sd_bus_path_encode): every byte outside [A-Za-z0-9] becomes _xx.
    private static string Escape(string unit) =>
        string.Concat(unit.Select(c => char.IsAsciiLetterOrDigit(c) ? c.ToString() : "_" + ((int)c).ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));

    private VariantValue? Property(string path, string @interface, string property)
    {
        if (path.StartsWith(UnitPathPrefix, StringComparison.Ordinal))
        {
            var unit = Units.FirstOrDefault(u => UnitPathPrefix + Escape(u.Key) == path);
            if (unit.Key is null)
            {
                return property == "LoadState" ? VariantValue.String("not-found") : (VariantValue?)null;
            }

            return @interface is "org.freedesktop.systemd1.Unit" or "org.freedesktop.systemd1.Service" && unit.Value.TryGetValue(property, out var value) ? value : (VariantValue?)null;
        }

        return (path, property) switch
        {
            ("/org/freedesktop/timedate1", "NTPSynchronized") when NtpSynchronized is { } synchronized => VariantValue.Bool(synchronized),
            ("/org/freedesktop/NetworkManager", "State") when NetworkManagerState is { } state => VariantValue.UInt32(state),
            ("/org/freedesktop/network1", "OnlineState") when NetworkdOnlineState is { } online => VariantValue.String(online),
            _ => (VariantValue?)null,
        };
    }
}
