namespace LinkedInAuto.Configuration;

/// <summary>How much the daemon logs (the `logging:` section of config.yaml).</summary>
public sealed class LogOptions
{
    /// <summary>Gets or sets the minimum level of the product's own events (libraries log warnings and above).</summary>
    public LogLevelName Level { get; set; } = LogLevelName.Information;
}

/// <summary>Log levels as written in the config.</summary>
public enum LogLevelName
{
    /// <summary>Everything, including per-element selector traces.</summary>
    Verbose,

    /// <summary>Diagnostic detail.</summary>
    Debug,

    /// <summary>Runs, actions and state changes.</summary>
    Information,

    /// <summary>Only problems.</summary>
    Warning,

    /// <summary>Only failures.</summary>
    Error,
}
