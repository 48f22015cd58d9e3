using LinkedInAuto.Configuration;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;

namespace LinkedInAuto.Bots.Safety;

/// <summary>Checks, just before an action, its quota and any cool-down LinkedIn imposed on its kind.</summary>
/// <remarks>Quota is consumed when the intent is recorded; checking right before keeps a limit of N exact across runs and restarts.</remarks>
public sealed class QuotaGate(QuotaLedger ledger, CooldownStore cooldowns, ConfigStore config)
{
    /// <summary>Decides whether one more <paramref name="kind"/> action may happen now in run <paramref name="runId"/>.</summary>
    public Task<QuotaDecision> CheckAsync(ActionKind kind, long runId, CancellationToken cancellationToken) =>
        CheckAsync(kind, runId, runLimit: null, cancellationToken);

    /// <summary>Decides as above, with also <paramref name="runLimit"/>: the most actions of this kind this run may take (`run visitor --limit N`).</summary>
    public async Task<QuotaDecision> CheckAsync(ActionKind kind, long runId, int? runLimit, CancellationToken cancellationToken)
    {
        var cooldown = await cooldowns.GetActiveAsync(CooldownScopes.Action(kind), cancellationToken);
        if (cooldown is not null)
        {
            return QuotaDecision.Deny($"{kind.ToString().ToLowerInvariant()} cool-down until {cooldown.UntilUtc:yyyy-MM-dd HH:mm} UTC ({cooldown.Reason})");
        }

        var settings = config.Current;
        var usage = await ledger.GetUsageAsync(cancellationToken);
        var usedThisRun = await ledger.CountForRunAsync(runId, kind, cancellationToken);
        var decision = QuotaPolicy.Decide(kind, usage, usedThisRun, settings.Quotas, settings.Account);
        return decision.Allowed && runLimit is { } limit && usedThisRun >= limit
            ? QuotaDecision.Deny($"{kind.ToString().ToLowerInvariant()} limit of {limit} for this run reached")
            : decision;
    }
}

/// <summary>Names of the durable cool-downs.</summary>
public static class CooldownScopes
{
    /// <summary>Gets the cool-down scope of an action kind (set by LinkedIn's limit dialogs).</summary>
    public static string Action(ActionKind kind) => "action:" + kind.ToString().ToLowerInvariant();

    /// <summary>Gets the cool-down scope of the whole account (set when LinkedIn rate-limits an action): every bot waits.</summary>
    public static string Account => "account";

    /// <summary>Gets the cool-down scope of a bot (set when its circuit breaker opens).</summary>
    public static string Bot(string bot) => "bot:" + bot;
}
