using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Maintenance;

namespace LinkedInAuto.Tests.Storage;

public sealed class LocalCalendarTests
{
    private static readonly TimeZoneInfo s_paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Fact]
    public void WeekStart_AnyDay_IsMonday()
    {
        Assert.Equal(new DateOnly(2026, 1, 5), LocalCalendar.WeekStart(new DateOnly(2026, 1, 11))); // Sunday
        Assert.Equal(new DateOnly(2026, 1, 12), LocalCalendar.WeekStart(new DateOnly(2026, 1, 12))); // Monday
    }

    [Fact]
    public void StartOfDayUtc_FollowsDaylightSaving()
    {
        Assert.Equal(new DateTime(2026, 1, 11, 23, 0, 0, DateTimeKind.Utc), LocalCalendar.StartOfDayUtc(new DateOnly(2026, 1, 12), s_paris));
        Assert.Equal(new DateTime(2026, 7, 11, 22, 0, 0, DateTimeKind.Utc), LocalCalendar.StartOfDayUtc(new DateOnly(2026, 7, 12), s_paris));
    }

    [Fact]
    public void Today_NearMidnight_IsTheLocalDate() =>
        Assert.Equal(new DateOnly(2026, 7, 12), LocalCalendar.Today(new DateTimeOffset(2026, 7, 11, 22, 30, 0, TimeSpan.Zero), s_paris));

    [Fact]
    public void MaintenanceNext_BeforeAndAfterTodaysTime_AndAcrossTheSpringGap()
    {
        var time = new TimeOnly(3, 30);
        Assert.Equal(new DateTimeOffset(2026, 1, 12, 2, 30, 0, TimeSpan.Zero), MaintenanceSchedule.Next(new DateTimeOffset(2026, 1, 12, 1, 0, 0, TimeSpan.Zero), time, s_paris));
        Assert.Equal(new DateTimeOffset(2026, 1, 13, 2, 30, 0, TimeSpan.Zero), MaintenanceSchedule.Next(new DateTimeOffset(2026, 1, 12, 2, 30, 0, TimeSpan.Zero), time, s_paris));

        // 2026-03-29 02:00–03:00 does not exist in Paris: 02:30 runs at 03:30 local (01:30 UTC).
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), MaintenanceSchedule.Next(new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.Zero), new TimeOnly(2, 30), s_paris));
    }
}
