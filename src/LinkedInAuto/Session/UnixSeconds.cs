namespace LinkedInAuto.Session;

/// <summary>Converts the Unix-seconds expiry times of cookie exports.</summary>
internal static class UnixSeconds
{
    private static readonly double s_max = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    /// <summary>Converts <paramref name="seconds"/>; zero or negative means a session cookie (null).</summary>
    /// <remarks>Exports write "never" as huge numbers (e.g. 2^63 − 1); those are clamped to the largest date instead of rejected.</remarks>
    public static DateTimeOffset? ToExpiry(double seconds)
    {
        if (seconds <= 0)
        {
            return null;
        }

        if (seconds >= s_max)
        {
            return DateTimeOffset.MaxValue;
        }

        // Whole seconds and the fraction apart: their product in one double would lose ticks at today's magnitudes.
        var whole = Math.Floor(seconds);
        return DateTimeOffset.UnixEpoch.AddSeconds(whole).AddTicks((long)Math.Round((seconds - whole) * TimeSpan.TicksPerSecond));
    }

    /// <summary>Converts an expiry back to Unix seconds, with -1 for a session cookie (Playwright's convention).</summary>
    public static double FromExpiry(DateTimeOffset? expires) =>
        expires is { } value ? (value - DateTimeOffset.UnixEpoch).Ticks / (double)TimeSpan.TicksPerSecond : -1;
}
