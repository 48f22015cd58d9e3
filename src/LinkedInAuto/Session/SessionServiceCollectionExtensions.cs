using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LinkedInAuto.Session;

/// <summary>Registers the encrypted session store and the services built on it.</summary>
public static class SessionServiceCollectionExtensions
{
    /// <summary>Adds <see cref="SessionStore"/>, <see cref="SessionKeyStore"/>, <see cref="SessionImporter"/>,
    /// <see cref="SessionStatusReader"/>, <see cref="SessionCookieJar"/>, <see cref="SessionChecker"/> and the HTTP
    /// <see cref="ISessionProbe"/> (kept if one is already registered, e.g. the browser engine's).</summary>
    /// <remarks>Needs <c>AppDirectories</c>, <c>ConfigStore</c>, <c>TimeProvider</c> and logging from <c>AddAppConfiguration</c>.</remarks>
    public static IServiceCollection AddLinkedInSession(this IServiceCollection services)
    {
        services.TryAddSingleton<SystemdCredentialDecryptor>();
        services.TryAddSingleton<SessionKeyStore>();
        services.TryAddSingleton<SessionStore>();
        services.TryAddSingleton<SessionImporter>();
        services.TryAddSingleton<SessionStatusReader>();
        services.TryAddSingleton<SessionCookieJar>();
        services.TryAddSingleton<SessionChecker>();
        services.TryAddSingleton<ISessionProbe, HttpSessionProbe>();
        return services;
    }
}
