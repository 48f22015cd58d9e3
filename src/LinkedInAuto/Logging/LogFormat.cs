namespace LinkedInAuto.Logging;

/// <summary>Where and how log events are written.</summary>
public enum LogFormat
{
    /// <summary>Journal under systemd, CLEF JSON when stderr is redirected, console text on a terminal (see <see cref="LogFormatResolver"/>).</summary>
    Auto,

    /// <summary>CLEF, one JSON object per line, on stderr.</summary>
    Json,

    /// <summary>Readable one-line text on stderr.</summary>
    Console,

    /// <summary>journald's native protocol (structured fields), stderr only as fallback.</summary>
    Journal,
}
