using LinkedInAuto.Storage;

namespace LinkedInAuto.Scheduling;

/// <summary>When a timed pause ends: `--for 4h` (a duration from now) or `--until tomorrow` (the next local midnight).</summary>
public static class PauseEnd
{
    /// <summary>The words `--until` accepts.</summary>
    public const string Tomorrow = "tomorrow";

    /// <summary>The longest timed pause (longer ones are a pause until `resume`).</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromDays(30);

    /// <summary>Resolves the end of a pause for <paramref name="duration"/> or until <paramref name="until"/>.</summary>
    /// <returns>The end, or null and why the request is not valid.</returns>
    public static (DateTimeOffset? End, string? Problem) Resolve(TimeSpan? duration, string? until, TimeZoneInfo zone, DateTimeOffset now)
    {
        if (duration is not null && until is not null)
        {
            return (null, "give either a duration (--for) or an end (--until), not both");
        }

        if (duration is { } span)
        {
            return span <= TimeSpan.Zero || span > Longest
                ? (null, $"a timed pause lasts between 1 s and {Longest.TotalDays:0} days; for longer, pause until `linkedin-auto resume`")
                : (now + span, null);
        }

        if (string.Equals(until, Tomorrow, StringComparison.OrdinalIgnoreCase))
        {
            var tomorrow = LocalCalendar.Today(now, zone).AddDays(1);
            return (new DateTimeOffset(LocalCalendar.StartOfDayUtc(tomorrow, zone), TimeSpan.Zero), null);
        }

        return (null, $"'{until}' is not an end the daemon knows: expected `{Tomorrow}`");
    }
}
