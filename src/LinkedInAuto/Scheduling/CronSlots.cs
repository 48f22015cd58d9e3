using LinkedInAuto.Configuration;
using LinkedInAuto.Storage;
using Quartz;

namespace LinkedInAuto.Scheduling;

/// <summary>The instants a bot's cron schedule names, in the configured time zone (Quartz's cron arithmetic, DST included).</summary>
public static class CronSlots
{
    /// <summary>Gets the first slot strictly after <paramref name="after"/>, or null when the expression never fires again.</summary>
    public static DateTimeOffset? Next(CronSchedule cron, TimeZoneInfo zone, DateTimeOffset after) =>
        Expression(cron, zone).GetNextValidTimeAfter(after);

    /// <summary>Gets today's (local date of <paramref name="now"/>) latest slot at or before <paramref name="now"/>, or null.</summary>
    public static DateTimeOffset? LatestToday(CronSchedule cron, TimeZoneInfo zone, DateTimeOffset now)
    {
        var expression = Expression(cron, zone);
        var startOfDay = new DateTimeOffset(LocalCalendar.StartOfDayUtc(LocalCalendar.Today(now, zone), zone), TimeSpan.Zero);
        DateTimeOffset? latest = null;
        for (var next = expression.GetNextValidTimeAfter(startOfDay.AddTicks(-1)); next is { } slot && slot <= now; next = expression.GetNextValidTimeAfter(slot))
        {
            latest = slot;
        }

        return latest;
    }

    private static CronExpression Expression(CronSchedule cron, TimeZoneInfo zone) => new(cron.QuartzExpression, zone);
}
