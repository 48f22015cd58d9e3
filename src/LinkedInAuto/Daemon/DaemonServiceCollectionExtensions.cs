using LinkedInAuto.Systemd;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LinkedInAuto.Daemon;

/// <summary>Registers the daemon's core: the supervisor loop, config reloads and the shutdown budget.</summary>
public static class DaemonServiceCollectionExtensions
{
    /// <summary>The time a graceful stop may take: cancel the current run, close browsers, flush storage.</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(20);

    /// <summary>Adds the supervisor, the config reloader and host options suited to a systemd service.</summary>
    public static IServiceCollection AddDaemonCore(this IServiceCollection services)
    {
        services.Configure<HostOptions>(options =>
        {
            options.ShutdownTimeout = ShutdownTimeout;
            options.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.StopHost;
        });
        services.AddSingleton<IReloadable, ConfigReloader>();
        services.AddHostedService<DaemonSupervisor>();
        return services;
    }

    /// <summary>Adds the end of the start-up JIT profile <paramref name="profile"/>, once every hosted service started.</summary>
    public static IServiceCollection AddStartupJitProfile(this IServiceCollection services, StartupJitProfile profile)
    {
        services.AddSingleton(profile);
        services.AddHostedService<StartupJitProfileFinisher>();
        return services;
    }
}
