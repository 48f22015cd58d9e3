using LinkedInAuto.Browser;
using LinkedInAuto.Configuration;
using LinkedInAuto.Pages.Selectors;
using LinkedInAuto.Session;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LinkedInAuto.Engine;

/// <summary>Registers the page engine: selectors, classifier, evidence and the run browser factory (with the browser and session areas).</summary>
public static class EngineServiceCollectionExtensions
{
    /// <summary>Adds the engine and what it builds on (browser, session).</summary>
    public static IServiceCollection AddEngine(this IServiceCollection services)
    {
        services.AddBrowser();
        services.AddLinkedInSession();
        services.TryAddSingleton(provider =>
        {
            var configPath = provider.GetRequiredService<ConfigStore>().Path;
            return SelectorCatalog.Load(SelectorCatalog.Locate(Path.GetDirectoryName(configPath)));
        });
        services.TryAddSingleton<ISelectorStatistics, NoSelectorStatistics>();
        services.TryAddSingleton<ElementFinder>();
        services.TryAddSingleton<EvidenceCollector>();
        services.TryAddSingleton<LinkedInBrowserFactory>();
        return services;
    }
}
