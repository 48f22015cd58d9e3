using LinkedInAuto.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInAuto.Tests.Storage;

internal static class TestServiceCollectionExtensions
{
    /// <summary>Registers the same configuration, directories and clock as <paramref name="storage"/>.</summary>
    public static IServiceCollection AddAppConfigurationForTest(this IServiceCollection services, TestStorage storage)
    {
        services.AddAppConfiguration(storage.Config, storage.Directories);
        services.AddSingleton(storage.Time);
        return services;
    }
}
