using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LinkedInAuto.Browser;

/// <summary>Registers the browser manager.</summary>
public static class BrowserServiceCollectionExtensions
{
    /// <summary>Adds <see cref="BrowserLauncher"/>, <see cref="ChromiumLocator"/> and <see cref="ActiveBrowserRegistry"/>.</summary>
    /// <remarks>Needs <c>AddAppConfiguration</c> (ConfigStore, AppDirectories) and logging.</remarks>
    public static IServiceCollection AddBrowser(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ChromiumLocator>();
        services.TryAddSingleton<ActiveBrowserRegistry>();
        services.TryAddSingleton<BrowserLauncher>();
        return services;
    }
}
