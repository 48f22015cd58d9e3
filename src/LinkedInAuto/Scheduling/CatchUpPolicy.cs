using LinkedInAuto.Configuration;

namespace LinkedInAuto.Scheduling;

/// <summary>Decides whether a start missed while the daemon was down runs once now.</summary>
public static class CatchUpPolicy
{
    /// <summary>Gets today's missed slot of a bot, or null when nothing is to be caught up.</summary>
    /// <param name="options">The schedule section.</param>
    /// <param name="schedule">The bot's schedule.</param>
    /// <param name="zone">The configured time zone.</param>
    /// <param name="now">Now.</param>
    /// <param name="lastRunStartedUtc">When the bot's latest run record started, or null when it never ran.</param>
    /// <remarks>Only today's latest slot counts, and only while today is a working day inside the active hours: a
    /// catch-up never runs at night, and never twice (any run record since the slot, whatever its outcome, means the
    /// slot was not missed).</remarks>
    public static DateTimeOffset? MissedSlot(ScheduleOptions options, BotSchedule schedule, TimeZoneInfo zone, DateTimeOffset now, DateTimeOffset? lastRunStartedUtc)
    {
        if (!options.CatchUp || !schedule.Enabled || !new WorkingHours(options, zone).IsOpen(now))
        {
            return null;
        }

        var slot = CronSlots.LatestToday(schedule.Cron, zone, now);
        return slot is { } missed && (lastRunStartedUtc is null || lastRunStartedUtc < missed) ? missed : null;
    }
}
