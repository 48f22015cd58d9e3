using LinkedInAuto.Alerts;
using LinkedInAuto.Bots;
using LinkedInAuto.Cli;
using LinkedInAuto.Configuration;
using LinkedInAuto.Control;
using LinkedInAuto.Daemon;
using LinkedInAuto.Engine;
using LinkedInAuto.Logging;
using LinkedInAuto.Metrics;
using LinkedInAuto.Reaper;
using LinkedInAuto.Scheduling;
using LinkedInAuto.Storage;
using LinkedInAuto.Systemd;
using Microsoft.Extensions.Hosting;

// One executable: `linkedin-auto daemon` is the systemd service; every other verb is a CLI command.
return await CliApplication.RunAsync(args, RunDaemonAsync);

static async Task<int> RunDaemonAsync(DaemonStartup startup, CancellationToken cancellationToken)
{
    var recentLogs = new RecentLogs();
    using var logger = DaemonLogging.Create(startup, Console.Error, SystemdEnvironment.Current, recentLogs);
    using var unhandled = UnhandledExceptionLogging.Register(logger);

    var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ApplicationName = "linkedin-auto" });
    builder.Logging.AddJournalLogging(logger);
    builder.Services.AddRecentLogs(recentLogs);
    builder.Services
        .AddAppConfiguration(startup.Config, startup.Directories)
        .AddSystemdIntegration()
        .AddDaemonCore()
        .AddStartupJitProfile(startup.JitProfile)
        .AddStorage()
        .AddStorageMaintenance()
        .AddEngine()
        .AddBots()
        .AddScheduling()
        .AddBrowserReaper()
        .AddMetrics()
        .AddAlerts()
        .AddControl();

    using var host = builder.Build();
    return await DaemonRunner.RunAsync(host, Console.Error, cancellationToken);
}
