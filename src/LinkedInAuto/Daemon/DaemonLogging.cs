using LinkedInAuto.Configuration;
using LinkedInAuto.Logging;
using LinkedInAuto.Systemd;
using Serilog.Core;
using Serilog.Events;

namespace LinkedInAuto.Daemon;

/// <summary>Creates the daemon's logger from `--log-format` and the config's `logging.level`.</summary>
public static class DaemonLogging
{
    /// <summary>Creates the process-wide logger for the daemon; <paramref name="recent"/> also keeps the last entries.</summary>
    public static Logger Create(DaemonStartup startup, TextWriter stderr, SystemdEnvironment environment, RecentLogs? recent = null)
    {
        var options = new LoggingOptions
        {
            Format = ParseFormat(startup.LogFormat),
            MinimumLevel = ToSerilog(startup.Config.Current.Logging.Level),
        };
        return LoggingSetup.CreateLogger(options, stderr, environment, recent is null ? null : [recent]);
    }

    /// <summary>Maps the CLI's `--log-format` value.</summary>
    public static LogFormat ParseFormat(string value) => value switch
    {
        "json" => LogFormat.Json,
        "console" => LogFormat.Console,
        "journal" => LogFormat.Journal,
        _ => LogFormat.Auto,
    };

    /// <summary>Maps the config's level names to Serilog's.</summary>
    public static LogEventLevel ToSerilog(LogLevelName level) => level switch
    {
        LogLevelName.Verbose => LogEventLevel.Verbose,
        LogLevelName.Debug => LogEventLevel.Debug,
        LogLevelName.Warning => LogEventLevel.Warning,
        LogLevelName.Error => LogEventLevel.Error,
        _ => LogEventLevel.Information,
    };
}
