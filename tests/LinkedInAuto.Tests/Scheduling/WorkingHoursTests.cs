using LinkedInAuto.Configuration;

namespace LinkedInAuto.Tests.Scheduling;

public sealed class WorkingHoursTests
{
    private static readonly WorkingHours s_paris = new(
        new ScheduleOptions { ActiveHours = new TimeWindow(new TimeOnly(8, 30), new TimeOnly(20, 0)), DaysOff = [DayOfWeek.Sunday] },
        TimeZoneId.Parse("Europe/Paris").Zone);

    [Theory]
    [InlineData("2025-11-18T07:29:00Z", false)] // Tuesday 08:29 in Paris (UTC+1)
    [InlineData("2025-11-18T07:30:00Z", true)] // 08:30
    [InlineData("2025-11-18T18:59:59Z", true)] // 19:59:59
    [InlineData("2025-11-18T19:00:00Z", false)] // 20:00, the end is exclusive
    [InlineData("2025-11-23T10:00:00Z", false)] // Sunday, a day off
    [InlineData("2025-07-15T06:45:00Z", true)] // summer time: 08:45 in Paris (UTC+2)
    [InlineData("2025-07-15T18:15:00Z", false)] // 20:15 in Paris
    public void IsOpen_FollowsLocalTime(string utc, bool expected) =>
        Assert.Equal(expected, s_paris.IsOpen(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Remaining_CountsToTheEndOfTheWindow() =>
        Assert.Equal(TimeSpan.FromMinutes(90), s_paris.Remaining(new DateTimeOffset(2025, 11, 18, 17, 30, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData("2025-11-18T22:58:59Z", true)] // 23:58:59 in Paris
    [InlineData("2025-11-18T22:59:30Z", true)] // 23:59:30: "24:00" leaves no gap before midnight
    [InlineData("2025-11-18T23:00:00Z", true)] // 00:00 the next day
    public void IsOpen_WindowEndingAt2400_CoversTheWholeDay(string utc, bool expected)
    {
        var config = ConfigLoader.Parse("time_zone: Europe/Paris\nschedule:\n  active_hours: { start: \"00:00\", end: \"24:00\" }\n  days_off: []\n", "config.yaml", new Dictionary<string, string>());

        Assert.Equal("24:00", ScalarConverter.Format(config.Schedule.ActiveHours.End));
        Assert.Equal(expected, WorkingHours.From(config).IsOpen(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void LocalDate_UsesTheConfiguredZone() =>
        Assert.Equal(new DateOnly(2025, 11, 19), s_paris.LocalDate(new DateTimeOffset(2025, 11, 18, 23, 30, 0, TimeSpan.Zero)));
}
