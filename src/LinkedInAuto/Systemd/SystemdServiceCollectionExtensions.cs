using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Systemd;

namespace LinkedInAuto.Systemd;

/// <summary>Registers Microsoft.Extensions.Hosting.Systemd's lifetime and notifier, and what we add on top of them.</summary>
public static class SystemdServiceCollectionExtensions
{
    /// <summary>Adds the package's <see cref="SystemdLifetime"/> (when supervised), the status line, the reload coordinator,
    /// the signal handlers, the liveness monitor and, when <c>WatchdogSec=</c> applies, the <see cref="WatchdogPinger"/>.</summary>
    /// <remarks>
    /// The package's <see cref="SystemdNotifier"/> reads <c>NOTIFY_SOCKET</c> when it is created; right after, the
    /// notify and watchdog variables are removed from the process environment so that children (Playwright's Node
    /// driver, Chromium) never inherit them, as <c>sd_notify(unset_environment=1)</c> does.
    /// </remarks>
    public static IServiceCollection AddSystemdIntegration(this IServiceCollection services)
    {
        var environment = SystemdEnvironment.Current;
        var notifier = new SystemdNotifier();
        environment.RemoveNotifyVariables();
        return services.AddSystemdIntegration(environment, notifier);
    }

    internal static IServiceCollection AddSystemdIntegration( // For testing
        this IServiceCollection services, SystemdEnvironment environment, ISystemdNotifier notifier)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(notifier);

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(environment);
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<NotifySender>(provider, notifier));
        services.TryAddSingleton<StatusReporter>();
        services.TryAddSingleton<LivenessMonitor>();
        services.TryAddSingleton<ReloadCoordinator>();
        services.AddHostedService<ServiceSignals>();

        // Supervised (a service, or anyone who handed us a notify socket, as the daemon tests do): the package's
        // lifetime sends READY=1 once every hosted service started and STOPPING=1 when stopping, through our
        // notifier so each carries the status line. Otherwise the host's console lifetime stays.
        if (environment.IsSystemdService || environment.NotifySocket is not null)
        {
            services.AddSingleton<ISystemdNotifier, LifecycleNotifier>();
            services.AddSingleton<IHostLifetime, SystemdLifetime>();
        }

        if (environment.WatchdogApplies)
        {
            services.AddHostedService<WatchdogPinger>();
        }

        return services;
    }
}
