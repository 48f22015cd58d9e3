namespace LinkedInAuto.Storage;

/// <summary>The table names of the history, in export order; everything a user may want to take away.</summary>
public static class HistoryTables
{
    /// <summary>The contacts table.</summary>
    public const string Contacts = "contacts";

    /// <summary>The birthday wishes table.</summary>
    public const string BirthdayWishes = "birthday_wishes";

    /// <summary>The profile visits table.</summary>
    public const string ProfileVisits = "profile_visits";

    /// <summary>The handled invitations table.</summary>
    public const string HandledInvitations = "handled_invitations";

    /// <summary>The runs table.</summary>
    public const string Runs = "runs";

    /// <summary>The quota ledger table.</summary>
    public const string ActionLedger = "action_ledger";

    /// <summary>The account state history table.</summary>
    public const string AccountStates = "account_states";

    /// <summary>The selector statistics table.</summary>
    public const string SelectorStats = "selector_stats";

    /// <summary>The run-time blacklist table.</summary>
    public const string Blacklist = "blacklist";

    /// <summary>The cool-downs table.</summary>
    public const string Cooldowns = "cooldowns";

    /// <summary>Gets every table, in export order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Contacts, BirthdayWishes, ProfileVisits, HandledInvitations, Runs, ActionLedger, AccountStates, SelectorStats, Blacklist, Cooldowns];

    /// <summary>Gets the tables EF Core keeps for itself, which are ours too but are not exported.</summary>
    internal static IReadOnlyList<string> EfInternal { get; } = ["__EFMigrationsHistory", "__EFMigrationsLock"];
}
