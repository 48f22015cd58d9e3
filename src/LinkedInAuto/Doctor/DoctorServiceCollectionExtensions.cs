using LinkedInAuto.Browser;
using LinkedInAuto.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LinkedInAuto.Doctor;

/// <summary>Registers `linkedin-auto doctor`.</summary>
public static class DoctorServiceCollectionExtensions
{
    /// <summary>Adds the checks, in report order, and <see cref="DoctorRunner"/>.</summary>
    /// <remarks>Needs <c>AddAppConfiguration</c> (with the defaults when the config is invalid) and logging.</remarks>
    public static IServiceCollection AddDoctor(this IServiceCollection services, DoctorContext context, ISystemProbe probe)
    {
        services.AddSingleton(context);
        services.TryAddSingleton(probe);
        services.AddStorage();
        services.AddBrowser();

        // Report order: the config first (other checks fall back to defaults when it is invalid), then the machine,
        // the browser, the service's files, and the running service.
        services.AddSingleton<IDoctorCheck, ConfigCheck>();
        services.AddSingleton<IDoctorCheck, MemoryCheck>();
        services.AddSingleton<IDoctorCheck, ZramCheck>();
        services.AddSingleton<IDoctorCheck, BrowserCheck>();
        services.AddSingleton<IDoctorCheck, StateDirectoryCheck>();
        services.AddSingleton<IDoctorCheck, DatabaseCheck>();
        services.AddSingleton<IDoctorCheck, SessionCheck>();
        services.AddSingleton<IDoctorCheck, ClockCheck>();
        services.AddSingleton<IDoctorCheck, DiskCheck>();
        services.AddSingleton<IDoctorCheck, OrphanCheck>();
        services.AddSingleton<IDoctorCheck, UnitCheck>();
        services.AddSingleton<DoctorRunner>();
        return services;
    }
}
