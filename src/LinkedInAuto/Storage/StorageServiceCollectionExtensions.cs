using LinkedInAuto.Configuration;
using LinkedInAuto.Storage.Maintenance;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LinkedInAuto.Storage;

/// <summary>Registers the history database, its stores and its maintenance.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>Adds the DbContext factory (file from <see cref="AppDirectories.DatabasePath"/>), the stores and the maintenance tools.</summary>
    /// <remarks>Needs <see cref="AppDirectories"/>, <see cref="ConfigStore"/> and <see cref="TimeProvider"/> (<c>AddAppConfiguration</c>). Nothing opens the file until a store is used.</remarks>
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SqlitePragmaInterceptor>();
        services.AddDbContextFactory<HistoryDbContext>((provider, options) =>
            HistoryDatabase.Configure(options, provider.GetRequiredService<AppDirectories>().DatabasePath, provider.GetRequiredService<SqlitePragmaInterceptor>()));
        services.AddSingleton<StoragePaths>();

        services.AddSingleton<ContactStore>();
        services.AddSingleton<WishLedger>();
        services.AddSingleton<QuotaLedger>();
        services.AddSingleton<VisitStore>();
        services.AddSingleton<InvitationStore>();
        services.AddSingleton<RunStore>();
        services.AddSingleton<AccountStateStore>();
        services.AddSingleton<CooldownStore>();
        services.AddSingleton<SelectorStatsStore>();
        services.AddSingleton<BlacklistStore>();

        services.AddSingleton<DatabaseGuard>();
        services.AddSingleton<MigrationRunner>();
        services.AddSingleton<DatabaseBackup>();
        services.AddSingleton<DatabaseRestore>();
        services.AddSingleton<IntegrityChecker>();
        services.AddSingleton<DatabaseVacuum>();
        services.AddSingleton<RetentionPruner>();
        services.AddSingleton<HistoryExporter>();
        return services;
    }

    /// <summary>Adds the daemon's storage services: migration at start (before READY=1) and the daily backup and prune.</summary>
    /// <remarks>Call it before the areas whose hosted services use the history (scheduling), so the migration starts first.</remarks>
    public static IServiceCollection AddStorageMaintenance(this IServiceCollection services)
    {
        services.AddHostedService<StorageStartupService>();
        services.AddHostedService<DailyMaintenanceService>();
        return services;
    }
}
