namespace LinkedInAuto.Storage.Maintenance;

/// <summary>Finds the next moment the local clock shows the daily maintenance time.</summary>
internal static class MaintenanceSchedule
{
    /// <summary>Gets the first instant after <paramref name="after"/> at which <paramref name="zone"/>'s clock shows <paramref name="time"/>.</summary>
    public static DateTimeOffset Next(DateTimeOffset after, TimeOnly time, TimeZoneInfo zone)
    {
        var day = LocalCalendar.Today(after, zone);
        for (var offset = 0; ; offset++)
        {
            var local = day.AddDays(offset).ToDateTime(time, DateTimeKind.Unspecified);

            // A time skipped when daylight saving starts happens an hour later that day.
            if (zone.IsInvalidTime(local))
            {
                local = local.AddHours(1);
            }

            // A time that happens twice when saving ends runs once, at the first.
            var utc = zone.IsAmbiguousTime(local)
                ? DateTime.SpecifyKind(local - zone.GetAmbiguousTimeOffsets(local).Max(), DateTimeKind.Utc)
                : TimeZoneInfo.ConvertTimeToUtc(local, zone);
            if (utc > after.UtcDateTime)
            {
                return new DateTimeOffset(utc, TimeSpan.Zero);
            }
        }
    }
}
