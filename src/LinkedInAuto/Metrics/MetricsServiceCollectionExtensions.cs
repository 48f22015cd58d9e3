using LinkedInAuto.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInAuto.Metrics;

/// <summary>Registers the Prometheus textfile export.</summary>
public static class MetricsServiceCollectionExtensions
{
    /// <summary>Adds <see cref="MetricsTextfileWriter"/>: at start and after each run.</summary>
    public static IServiceCollection AddMetrics(this IServiceCollection services)
    {
        services.AddSingleton<MetricsTextfileWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<MetricsTextfileWriter>());
        services.AddSingleton<IRunFinishedHandler>(provider => provider.GetRequiredService<MetricsTextfileWriter>());
        return services;
    }
}
