using LinkedInAuto.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInAuto.Alerts;

/// <summary>Registers the optional webhook alerts.</summary>
public static class AlertsServiceCollectionExtensions
{
    /// <summary>Adds the webhook sender and the after-run checks (they do nothing while `alerts.webhook_url` is empty).</summary>
    public static IServiceCollection AddAlerts(this IServiceCollection services)
    {
        services.AddSingleton<WebhookAlerter>();
        services.AddSingleton<IRunFinishedHandler, AlertMonitor>();
        return services;
    }
}
