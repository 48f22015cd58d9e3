using LinkedInAuto.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LinkedInAuto.Alerts;

/// <summary>Registers the alerts: channels, the delivery queue, and what raises alerts.</summary>
public static class AlertsServiceCollectionExtensions
{
    /// <summary>Adds the channels and the one-shot sending of `alerts test` (no queue, no hosted service).</summary>
    public static IServiceCollection AddAlertChannels(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AlertChannels>();
        services.TryAddSingleton<AlertDelivery>();
        services.TryAddSingleton<AlertTester>();
        return services;
    }

    /// <summary>Adds the daemon's alerts; with no channel configured they cost nothing.</summary>
    public static IServiceCollection AddAlerts(this IServiceCollection services)
    {
        services.AddAlertChannels();
        services.TryAddSingleton<MemoryGuard>();
        services.TryAddSingleton<ScheduleBook>();
        services.AddSingleton<AlertDispatcher>();
        services.AddHostedService<CrashMarker>();
        services.AddHostedService<LiveAlerts>();
        services.AddHostedService<SessionExpiryWatch>();
        services.AddHostedService<DailyDigest>();
        services.AddSingleton<IRunFinishedHandler, AlertMonitor>();
        return services;
    }
}
