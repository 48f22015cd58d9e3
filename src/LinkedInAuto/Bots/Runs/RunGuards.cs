using LinkedInAuto.Bots.Safety;
using LinkedInAuto.Configuration;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;

namespace LinkedInAuto.Bots.Runs;

/// <summary>What must hold before a browser is even started: a usable account, no cool-down on the bot, inside active hours.</summary>
public sealed class RunGuards(AccountStateStore accounts, CooldownStore cooldowns, TimeProvider time)
{
    /// <summary>Gets the reason the run must not start, or null when it may.</summary>
    public async Task<string?> RefusalAsync(string bot, AppConfig config, CancellationToken cancellationToken)
    {
        var account = await accounts.GetCurrentAsync(cancellationToken);
        if (account.State is AccountState.SessionExpired or AccountState.Checkpoint or AccountState.Restricted)
        {
            return $"attention needed: {Describe(account.State)} since {account.SinceUtc:yyyy-MM-dd HH:mm} UTC ({account.Reason}); all bots are paused until `linkedin-auto resume`";
        }

        var limited = await cooldowns.GetActiveAsync(CooldownScopes.Account, cancellationToken);
        if (limited is not null)
        {
            return $"every bot is cooling down until {limited.UntilUtc:yyyy-MM-dd HH:mm} UTC ({limited.Reason})";
        }

        var cooldown = await cooldowns.GetActiveAsync(CooldownScopes.Bot(bot), cancellationToken);
        if (cooldown is not null)
        {
            return $"{bot} is cooling down until {cooldown.UntilUtc:yyyy-MM-dd HH:mm} UTC ({cooldown.Reason})";
        }

        var hours = WorkingHours.From(config);
        return hours.IsOpen(time.GetUtcNow())
            ? null
            : $"outside the active hours ({config.Schedule.ActiveHours.Start:HH\\:mm}–{config.Schedule.ActiveHours.End:HH\\:mm}, days off: {string.Join(", ", config.Schedule.DaysOff)})";
    }

    /// <summary>Describes an account state for people.</summary>
    public static string Describe(AccountState state) => state switch
    {
        AccountState.SessionExpired => "the LinkedIn session expired (re-import it with `linkedin-auto auth import`)",
        AccountState.Checkpoint => "LinkedIn asks for a security verification (log in with a browser and complete it)",
        AccountState.Restricted => "LinkedIn restricted the account",
        AccountState.LimitCooldown => "a LinkedIn limit cool-down",
        _ => "ok",
    };
}
