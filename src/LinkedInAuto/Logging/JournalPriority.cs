using Serilog.Events;

namespace LinkedInAuto.Logging;

/// <summary>Maps Serilog levels to syslog priorities for <c>PRIORITY=</c> and <c>&lt;N&gt;</c> stderr prefixes.</summary>
public static class JournalPriority
{
    /// <summary>Verbose/Debug ⇒ 7 (debug), Information ⇒ 6 (info), Warning ⇒ 4 (warning), Error ⇒ 3 (err), Fatal ⇒ 2 (crit), as runtime's SystemdConsoleFormatter maps MEL levels.</summary>
    public static int FromLevel(LogEventLevel level) => level switch
    {
        LogEventLevel.Verbose or LogEventLevel.Debug => 7,
        LogEventLevel.Information => 6,
        LogEventLevel.Warning => 4,
        LogEventLevel.Error => 3,
        _ => 2,
    };
}
