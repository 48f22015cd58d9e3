using Serilog.Events;

namespace LinkedInAuto.Logging;

/// <summary>Logging settings; read before the host exists (bootstrap logging), so they are bound by hand, not via DI.</summary>
public sealed class LoggingOptions
{
    /// <summary>Configuration section; not "Logging", which Microsoft.Extensions.Logging owns.</summary>
    public const string SectionName = "Log";

    /// <summary>Output format; <see cref="LogFormat.Auto"/> by default.</summary>
    public LogFormat Format { get; set; } = LogFormat.Auto;

    /// <summary>Events below this level are dropped; Information by default.</summary>
    public LogEventLevel MinimumLevel { get; set; } = LogEventLevel.Information;

    /// <summary>Per source-context prefix minimum levels; noisy libraries default to Warning.</summary>
    public IDictionary<string, LogEventLevel> Overrides { get; } = new Dictionary<string, LogEventLevel>(StringComparer.Ordinal)
    {
        ["Microsoft"] = LogEventLevel.Warning,
        ["Microsoft.EntityFrameworkCore"] = LogEventLevel.Warning,
        ["Quartz"] = LogEventLevel.Warning,
    };

    /// <summary><c>SYSLOG_IDENTIFIER</c> of journal entries; keep equal to the unit's <c>SyslogIdentifier=</c>.</summary>
    public string SyslogIdentifier { get; set; } = JournalSink.DefaultSyslogIdentifier;

    /// <summary>journald's native socket (override for tests).</summary>
    public string JournalSocketPath { get; set; } = JournalDatagramWriter.DefaultSocketPath;
}
