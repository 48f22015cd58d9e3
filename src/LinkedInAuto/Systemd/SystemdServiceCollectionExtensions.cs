using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace LinkedInAuto.Systemd;

/// <summary>Registers the in-house replacement for Microsoft.Extensions.Hosting.Systemd.</summary>
public static class SystemdServiceCollectionExtensions
{
    /// <summary>Adds the notifier, status, liveness monitor, reload coordinator, <see cref="SystemdLifetime"/> and, when <c>WatchdogSec=</c> applies, the <see cref="WatchdogPinger"/>.</summary>
    /// <remarks>
    /// Takes <see cref="SystemdEnvironment.Current"/> and then removes the notify/watchdog variables from the process
    /// environment so children never inherit them (style.md #27). The lifetime is registered even off systemd:
    /// SIGTERM/SIGINT/SIGHUP handling is the same everywhere, only the notifier is silent.
    /// </remarks>
    public static IServiceCollection AddSystemdIntegration(this IServiceCollection services)
    {
        var environment = SystemdEnvironment.Current;
        environment.RemoveNotifyVariables();
        return services.AddSystemdIntegration(environment);
    }

    internal static IServiceCollection AddSystemdIntegration( // For testing
        this IServiceCollection services, SystemdEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(environment);

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(environment);
        services.TryAddSingleton<ISystemdNotifier, SystemdNotifier>();
        services.TryAddSingleton<StatusReporter>();
        services.TryAddSingleton<LivenessMonitor>();
        services.TryAddSingleton<ReloadCoordinator>();
        services.AddSingleton<IHostLifetime, SystemdLifetime>();
        if (environment.WatchdogApplies)
        {
            services.AddHostedService<WatchdogPinger>();
        }

        return services;
    }
}
