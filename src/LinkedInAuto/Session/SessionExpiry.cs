using System.Globalization;

namespace LinkedInAuto.Session;

/// <summary>When the li_at cookie expires, seen from the account owner's calendar.</summary>
/// <param name="ExpiresUtc">The expiry instant in UTC; null when unknown (a bare value imported with --li-at).</param>
/// <param name="LocalDate">The expiry date in the configured time zone.</param>
/// <param name="DaysLeft">Calendar days from today to the expiry date in that zone (0 = expires today; negative once past).</param>
/// <param name="Expired">Whether the instant has passed.</param>
/// <param name="Warning">Whether the expiry is within <c>account.session_expiry_warning</c>.</param>
public sealed record SessionExpiry(DateTimeOffset? ExpiresUtc, DateOnly? LocalDate, int? DaysLeft, bool Expired, bool Warning)
{
    /// <summary>Computes the expiry of <paramref name="liAt"/> at <paramref name="now"/>.</summary>
    /// <remarks>Days are counted between local calendar dates, as a person reads "expires on 12 June": the warning fires when days left ≤ the warning window's whole days.</remarks>
    public static SessionExpiry Of(SessionCookie liAt, DateTimeOffset now, TimeZoneInfo zone, TimeSpan warningWindow)
    {
        if (liAt.Expires is not { } expires)
        {
            return new SessionExpiry(null, null, null, false, false);
        }

        var localExpiry = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(expires, zone).DateTime);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var daysLeft = localExpiry.DayNumber - today.DayNumber;
        var expired = expires <= now;
        return new SessionExpiry(expires.ToUniversalTime(), localExpiry, daysLeft, expired, expired || daysLeft <= (int)warningWindow.TotalDays);
    }

    /// <summary>Describes the expiry for people: "2026-06-12 (Europe/Paris), 41 days left".</summary>
    public string Describe(TimeZoneInfo zone)
    {
        if (LocalDate is not { } date || DaysLeft is not { } days)
        {
            return "unknown (imported as a bare value; LinkedIn normally keeps it for a year)";
        }

        var when = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " (" + zone.Id + "), ";
        return when + (Expired ? "expired" : days switch
        {
            0 => "today",
            1 => "1 day left",
            _ => days.ToString(CultureInfo.InvariantCulture) + " days left",
        });
    }
}
