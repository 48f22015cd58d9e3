namespace LinkedInAuto.Configuration;

/// <summary>An IANA time zone such as `Europe/Paris`, checked against the system's zone database.</summary>
public sealed class TimeZoneId
{
    private TimeZoneId(TimeZoneInfo zone) => Zone = zone;

    /// <summary>Gets the resolved zone.</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary>Parses a zone for the config binder.</summary>
    public static bool TryParseConfig(string text, out TimeZoneId? value, out string expected)
    {
        expected = "an IANA time zone such as Europe/Paris or America/New_York (see `timedatectl list-timezones`)";
        value = null;
        if (string.IsNullOrWhiteSpace(text) || !text.Contains('/', StringComparison.Ordinal) && text != "UTC")
        {
            return false;
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(text.Trim(), out var zone))
        {
            return false;
        }

        value = new TimeZoneId(zone);
        return true;
    }

    /// <summary>Creates a zone from a known-good id (defaults in code).</summary>
    public static TimeZoneId Parse(string text) =>
        TryParseConfig(text, out var value, out var expected) ? value! : throw new FormatException(expected);

    /// <inheritdoc/>
    public override string ToString() => Zone.Id;
}
