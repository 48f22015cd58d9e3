using LinkedInAuto.Configuration;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;

namespace LinkedInAuto.Bots.Safety;

/// <summary>Whether one more action of a kind fits the budgets: a pure function of what was used and the configuration.</summary>
public static class QuotaPolicy
{
    /// <summary>Decides for <paramref name="kind"/> given today's and this week's usage and this run's count.</summary>
    public static QuotaDecision Decide(ActionKind kind, QuotaUsage usage, int usedThisRun, QuotaOptions quotas, AccountOptions account)
    {
        var limit = LimitOf(quotas, kind);
        var global = WarmUpBudget(quotas.GlobalDaily, account, usage.Day);
        if (usage.GlobalToday >= global)
        {
            return QuotaDecision.Deny(global < quotas.GlobalDaily
                ? $"warm-up budget of {global} actions today reached"
                : $"global daily budget of {global} actions reached");
        }

        var daily = Math.Min(limit.Daily, global);
        if (usage.TodayOf(kind) >= daily)
        {
            return QuotaDecision.Deny($"daily {Name(kind)} quota of {daily} reached");
        }

        if (usage.ThisWeekOf(kind) >= limit.Weekly)
        {
            return QuotaDecision.Deny($"weekly {Name(kind)} quota of {limit.Weekly} reached");
        }

        return limit.PerRun is { } perRun && usedThisRun >= perRun
            ? QuotaDecision.Deny($"{Name(kind)} limit of {perRun} per run reached")
            : QuotaDecision.Allow;
    }

    /// <summary>Gets the configured limit for an action kind.</summary>
    public static QuotaLimit LimitOf(QuotaOptions quotas, ActionKind kind) => kind switch
    {
        ActionKind.Wish => quotas.Wish,
        ActionKind.Visit => quotas.Visit,
        ActionKind.Accept => quotas.Accept,
        ActionKind.Ignore => quotas.Ignore,
        _ => quotas.Withdraw,
    };

    /// <summary>Gets the day's global budget: during warm-up it ramps linearly from the start budget to <paramref name="configured"/>.</summary>
    public static int WarmUpBudget(int configured, AccountOptions account, DateOnly today)
    {
        if (account.WarmupStart is not { } start)
        {
            return configured;
        }

        var rampDays = account.WarmupWeeks * 7;
        var elapsed = today.DayNumber - start.DayNumber;
        var floor = Math.Min(account.WarmupStartBudget, configured);
        if (elapsed >= rampDays)
        {
            return configured;
        }

        return elapsed <= 0 ? floor : floor + ((configured - floor) * elapsed / rampDays);
    }

    private static string Name(ActionKind kind) => kind.ToString().ToLowerInvariant();
}

/// <summary>A quota verdict with the reason shown in logs and `linkedin-auto status`.</summary>
public sealed record QuotaDecision(bool Allowed, string? Reason)
{
    /// <summary>Gets the verdict that lets the action happen.</summary>
    public static QuotaDecision Allow { get; } = new(true, null);

    /// <summary>Creates a refusal.</summary>
    public static QuotaDecision Deny(string reason) => new(false, reason);
}
