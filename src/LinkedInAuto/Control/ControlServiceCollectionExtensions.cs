using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LinkedInAuto.Control;

/// <summary>Registers the control socket.</summary>
public static class ControlServiceCollectionExtensions
{
    /// <summary>Adds the status report and, for the daemon, the socket server and its command handler.</summary>
    public static IServiceCollection AddControl(this IServiceCollection services)
    {
        services.TryAddSingleton<StatusReportBuilder>();
        services.TryAddSingleton<Storage.RunHistory>();
        services.TryAddSingleton<Storage.ContactActivityHistory>();
        services.TryAddSingleton<Logging.RecentLogs>();
        services.AddSingleton<HistoryQueries>();
        services.AddSingleton<ControlCommandHandler>();
        services.AddHostedService<ControlServer>();
        return services;
    }
}
