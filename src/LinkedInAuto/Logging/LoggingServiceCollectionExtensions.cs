using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Extensions.Logging;

namespace LinkedInAuto.Logging;

/// <summary>Plugs the Serilog logger into Microsoft.Extensions.Logging.</summary>
public static class LoggingServiceCollectionExtensions
{
    /// <summary>Removes the default providers (console, debug, event source) and routes every ILogger to <paramref name="logger"/>, which the host then disposes.</summary>
    public static ILoggingBuilder AddJournalLogging(this ILoggingBuilder builder, Serilog.ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(logger);
        builder.ClearProviders();
        builder.AddSerilog(logger, dispose: true);

        // Serilog's levels and overrides decide; MEL's default Information filter must not drop Debug first.
        builder.AddFilter<SerilogLoggerProvider>(null, LogLevel.Trace);
        return builder;
    }

    /// <summary>Shares the <see cref="RecentLogs"/> the logger writes to (a sink of it), for `logs` on the control socket.</summary>
    public static IServiceCollection AddRecentLogs(this IServiceCollection services, RecentLogs recent) => services.AddSingleton(recent);
}
