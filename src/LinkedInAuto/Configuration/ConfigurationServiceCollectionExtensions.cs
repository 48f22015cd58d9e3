using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LinkedInAuto.Configuration;

/// <summary>Registers the validated configuration, the directories and the clock.</summary>
public static class ConfigurationServiceCollectionExtensions
{
    /// <summary>Adds <see cref="ConfigStore"/>, <see cref="AppDirectories"/> and <see cref="TimeProvider"/>.</summary>
    /// <remarks>Services read <c>ConfigStore.Current</c> at the start of each unit of work so a reload (SIGHUP) applies to the next one.</remarks>
    public static IServiceCollection AddAppConfiguration(this IServiceCollection services, ConfigStore config, AppDirectories directories)
    {
        services.AddSingleton(config);
        services.AddSingleton(directories);
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
