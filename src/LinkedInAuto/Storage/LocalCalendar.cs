namespace LinkedInAuto.Storage;

/// <summary>Turns "today" and "this week" in the configured time zone into UTC ranges, since every stored timestamp is UTC.</summary>
public static class LocalCalendar
{
    /// <summary>Gets the local date at <paramref name="now"/> in <paramref name="zone"/>.</summary>
    public static DateOnly Today(DateTimeOffset now, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);

    /// <summary>Gets the Monday that starts the week of <paramref name="day"/>.</summary>
    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>Gets the UTC instant at which <paramref name="day"/> begins in <paramref name="zone"/>.</summary>
    public static DateTime StartOfDayUtc(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);

        // Some zones skip midnight when daylight saving starts: the day then begins at the first valid local time.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        // When midnight happens twice (saving ends at midnight), the day begins at the first one.
        return zone.IsAmbiguousTime(local)
            ? DateTime.SpecifyKind(local - zone.GetAmbiguousTimeOffsets(local).Max(), DateTimeKind.Utc)
            : TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }
}
