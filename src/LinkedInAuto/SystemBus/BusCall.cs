using Tmds.DBus.Protocol;

namespace LinkedInAuto.SystemBus;

/// <summary>The two kinds of calls we make on the system bus: a method returning an object path, and a property read.</summary>
internal static class BusCall
{
    /// <summary>The standard properties interface (D-Bus specification, "org.freedesktop.DBus.Properties").</summary>
    public const string PropertiesInterface = "org.freedesktop.DBus.Properties";

    /// <summary>Calls <paramref name="member"/>(s) and returns the object path it answers with.</summary>
    public static Task<string> ObjectPathAsync(DBusConnection connection, string destination, string path, string @interface, string member, string argument)
    {
        using var writer = connection.GetMessageWriter();
        writer.WriteMethodCallHeader(destination, path, @interface, member, "s", MessageFlags.None);
        writer.WriteString(argument);
        return connection.CallMethodAsync(writer.CreateMessage(), static (message, _) => message.GetBodyReader().ReadObjectPathAsString(), null);
    }

    /// <summary>Reads one property with <c>org.freedesktop.DBus.Properties.Get</c>; a service that is not running is started
    /// only when <paramref name="activate"/> (timedated is started on demand; a network manager that is not running is not ours to start).</summary>
    public static Task<VariantValue> PropertyAsync(DBusConnection connection, string destination, string path, string @interface, string property, bool activate = false)
    {
        using var writer = connection.GetMessageWriter();
        writer.WriteMethodCallHeader(destination, path, PropertiesInterface, "Get", "ss", activate ? MessageFlags.None : MessageFlags.NoAutoStart);
        writer.WriteString(@interface);
        writer.WriteString(property);
        return connection.CallMethodAsync(writer.CreateMessage(), static (message, _) => message.GetBodyReader().ReadVariantValue(), null);
    }
}
