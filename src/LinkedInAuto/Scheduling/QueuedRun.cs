using System.Globalization;
using LinkedInAuto.Bots.Runs;
using LinkedInAuto.Configuration;
using LinkedInAuto.Storage.Entities;
using Quartz;

namespace LinkedInAuto.Scheduling;

/// <summary>One run waiting in Quartz: what the trigger's job data says.</summary>
/// <param name="Bot">The bot.</param>
/// <param name="Trigger">What asked for it.</param>
/// <param name="DryRun">Rehearse without the final clicks.</param>
/// <param name="Ticket">The number the CLI waits on (0 for planned runs).</param>
/// <param name="Slot">The cron time this run stands for (planned and catch-up runs), else null.</param>
/// <param name="Overrides">One-off settings of a manual run, or null.</param>
public sealed record QueuedRun(string Bot, RunTrigger Trigger, bool DryRun, long Ticket, DateTimeOffset? Slot, RunOverrides? Overrides = null)
{
    private const string BotKey = "bot";
    private const string TriggerKey = "trigger";
    private const string DryRunKey = "dry_run";
    private const string TicketKey = "ticket";
    private const string SlotKey = "slot";
    private const string MaxDaysLateKey = "max_days_late";
    private const string KeywordsKey = "keywords";
    private const string LocationKey = "location";
    private const string LimitKey = "limit";

    /// <summary>Gets the runner's request.</summary>
    public RunRequest Request => new(Bot, Trigger, DryRun, Overrides);

    /// <summary>Reads a run from a firing's merged job data.</summary>
    public static QueuedRun From(JobDataMap data) => new(
        data.GetString(BotKey) ?? throw new InvalidOperationException("a bot-run trigger without a bot"),
        Enum.Parse<RunTrigger>(data.GetString(TriggerKey) ?? nameof(RunTrigger.Schedule)),
        bool.Parse(data.GetString(DryRunKey) ?? "false"),
        long.Parse(data.GetString(TicketKey) ?? "0", CultureInfo.InvariantCulture),
        data.GetString(SlotKey) is { Length: > 0 } slot ? DateTimeOffset.Parse(slot, CultureInfo.InvariantCulture) : null,
        ReadOverrides(data));

    /// <summary>Writes the run into a trigger's job data (strings only, so any store keeps them).</summary>
    public JobDataMap ToJobData() => new()
    {
        [BotKey] = Bot,
        [TriggerKey] = Trigger.ToString(),
        [DryRunKey] = DryRun.ToString(CultureInfo.InvariantCulture),
        [TicketKey] = Ticket.ToString(CultureInfo.InvariantCulture),
        [SlotKey] = Slot?.ToString("O", CultureInfo.InvariantCulture) ?? string.Empty,
        [MaxDaysLateKey] = Overrides?.MaxDaysLate?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        [KeywordsKey] = Overrides?.Keywords ?? string.Empty,
        [LocationKey] = Overrides?.Location ?? string.Empty,
        [LimitKey] = Overrides?.Limit?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
    };

    // An empty string stands for "not overridden" (job data holds strings only); an empty search text is never valid anyway.
    private static RunOverrides? ReadOverrides(JobDataMap data)
    {
        static string? Text(JobDataMap data, string key) => data.ContainsKey(key) && data.GetString(key) is { Length: > 0 } value ? value : null;
        static int? Number(JobDataMap data, string key) => Text(data, key) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : null;
        var overrides = new RunOverrides(Number(data, MaxDaysLateKey), Text(data, KeywordsKey), Text(data, LocationKey), Number(data, LimitKey));
        return overrides.IsEmpty ? null : overrides;
    }
}
