using LinkedInAuto.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LinkedInAuto.Reaper;

/// <summary>Registers the orphaned-Chromium reaper.</summary>
public static class ReaperServiceCollectionExtensions
{
    /// <summary>Adds <see cref="ChromiumReaper"/>, and in the daemon its periodic pass and the pass after each run.</summary>
    public static IServiceCollection AddBrowserReaper(this IServiceCollection services)
    {
        services.TryAddSingleton<ChromiumReaper>();
        services.AddSingleton<ReaperService>();
        services.AddHostedService(provider => provider.GetRequiredService<ReaperService>());
        services.AddSingleton<IRunFinishedHandler>(provider => provider.GetRequiredService<ReaperService>());
        return services;
    }
}
