using System.Globalization;

namespace LinkedInAuto.Platform;

/// <summary>The board's CPU temperature and, on a Raspberry Pi, the firmware's throttling flags, read from /sys.</summary>
/// <param name="CpuCelsius">The first thermal zone's temperature, null where there is none.</param>
/// <param name="Throttled">The firmware's flags described in words (`none`), null where the firmware does not expose them.</param>
public sealed record BoardReadings(double? CpuCelsius, string? Throttled);

/// <summary>Reads <see cref="BoardReadings"/>.</summary>
public static class BoardSensors
{
    // The Pi firmware's get_throttled bits (the same as `vcgencmd get_throttled`).
    private static readonly (int Bit, string Meaning)[] s_flags =
    [
        (0, "under-voltage now"),
        (1, "frequency capped now"),
        (2, "throttled now"),
        (3, "soft temperature limit now"),
        (16, "under-voltage since boot"),
        (17, "frequency capped since boot"),
        (18, "throttled since boot"),
        (19, "soft temperature limit since boot"),
    ];

    /// <summary>Reads the sensors under <paramref name="sysRoot"/> (`/sys`).</summary>
    public static BoardReadings Read(string sysRoot = "/sys") => new(
        ReadCelsius(Path.Combine(sysRoot, "class", "thermal", "thermal_zone0", "temp")),
        ReadThrottled(Path.Combine(sysRoot, "devices", "platform", "soc", "soc:firmware", "get_throttled")));

    /// <summary>Describes the firmware's throttled bit field.</summary>
    public static string DescribeThrottled(uint flags)
    {
        var set = s_flags.Where(f => (flags & (1u << f.Bit)) != 0).Select(f => f.Meaning).ToList();
        return set.Count == 0 ? "none" : string.Join(", ", set);
    }

    private static double? ReadCelsius(string path) =>
        TryRead(path) is { } text && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var milli) ? milli / 1000.0 : null;

    private static string? ReadThrottled(string path)
    {
        var text = TryRead(path);
        if (text is null)
        {
            return null;
        }

        text = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text[2..] : text;
        return uint.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var flags) ? DescribeThrottled(flags) : null;
    }

    private static string? TryRead(string path)
    {
        try
        {
            return File.ReadAllText(path).Trim();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
