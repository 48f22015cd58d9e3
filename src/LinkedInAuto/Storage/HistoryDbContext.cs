using System.Text.Json;
using LinkedInAuto.Storage.Configuration;
using LinkedInAuto.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace LinkedInAuto.Storage;

/// <summary>The history database: what the bots did, to whom and when; create one per unit of work through <c>IDbContextFactory</c>.</summary>
public sealed class HistoryDbContext(DbContextOptions<HistoryDbContext> options) : DbContext(options)
{
    /// <summary>Gets the contacts.</summary>
    public DbSet<Contact> Contacts => Set<Contact>();

    /// <summary>Gets the birthday wishes.</summary>
    public DbSet<BirthdayWish> BirthdayWishes => Set<BirthdayWish>();

    /// <summary>Gets the profile visits.</summary>
    public DbSet<ProfileVisit> ProfileVisits => Set<ProfileVisit>();

    /// <summary>Gets the handled invitations.</summary>
    public DbSet<HandledInvitation> HandledInvitations => Set<HandledInvitation>();

    /// <summary>Gets the runs.</summary>
    public DbSet<Run> Runs => Set<Run>();

    /// <summary>Gets the quota ledger.</summary>
    public DbSet<ActionLedgerEntry> ActionLedger => Set<ActionLedgerEntry>();

    /// <summary>Gets the account state history.</summary>
    public DbSet<AccountStateChange> AccountStates => Set<AccountStateChange>();

    /// <summary>Gets the selector statistics.</summary>
    public DbSet<SelectorStat> SelectorStats => Set<SelectorStat>();

    /// <summary>Gets the run-time blacklist.</summary>
    public DbSet<BlacklistEntry> Blacklist => Set<BlacklistEntry>();

    /// <summary>Gets the cool-downs.</summary>
    public DbSet<Cooldown> Cooldowns => Set<Cooldown>();

    /// <inheritdoc/>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no time zone type: every DateTime is stored as UTC text and comes back marked UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Listed rather than scanned: the model stays explicit, and scanning the whole assembly slows every start.
        modelBuilder.ApplyConfiguration(new ContactConfiguration());
        modelBuilder.ApplyConfiguration(new BirthdayWishConfiguration());
        modelBuilder.ApplyConfiguration(new ProfileVisitConfiguration());
        modelBuilder.ApplyConfiguration(new HandledInvitationConfiguration());
        modelBuilder.ApplyConfiguration(new RunConfiguration());
        modelBuilder.ApplyConfiguration(new ActionLedgerEntryConfiguration());
        modelBuilder.ApplyConfiguration(new AccountStateChangeConfiguration());
        modelBuilder.ApplyConfiguration(new SelectorStatConfiguration());
        modelBuilder.ApplyConfiguration(new BlacklistEntryConfiguration());
        modelBuilder.ApplyConfiguration(new CooldownConfiguration());

        // snake_case columns, so exports and `sqlite3` sessions read naturally; table names are set per entity.
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(JsonNamingPolicy.SnakeCaseLower.ConvertName(property.Name));
            }
        }
    }
}
