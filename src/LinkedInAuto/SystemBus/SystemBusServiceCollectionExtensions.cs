using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.SystemBus;

/// <summary>Registers <see cref="SystemFacts"/>.</summary>
public static class SystemBusServiceCollectionExtensions
{
    /// <summary>Adds the system bus facts, read from <c>DBUS_SYSTEM_BUS_ADDRESS</c> or the standard system bus socket.</summary>
    public static IServiceCollection AddSystemBus(this IServiceCollection services)
    {
        services.TryAddSingleton(provider => new SystemFacts(null, provider.GetRequiredService<ILogger<SystemFacts>>()));
        return services;
    }
}
