namespace LinkedInAuto.Configuration;

/// <summary>One problem found in the configuration: where, which key, the bad value and what is expected.</summary>
public sealed record ConfigError(ConfigLocation? Location, string Path, string Problem)
{
    /// <summary>Formats the error as `file:line:column: key: problem`.</summary>
    public override string ToString()
    {
        var where = Location is null ? string.Empty : Location + ": ";
        var key = string.IsNullOrEmpty(Path) ? string.Empty : Path + ": ";
        return where + key + Problem;
    }
}

/// <summary>Thrown when a configuration cannot be used; carries every error found.</summary>
public sealed class ConfigException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ConfigException"/> class.</summary>
    public ConfigException(IReadOnlyList<ConfigError> errors)
        : base(string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    /// <summary>Initializes a new instance of the <see cref="ConfigException"/> class.</summary>
    public ConfigException()
        : this([])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConfigException"/> class.</summary>
    public ConfigException(string message)
        : this([new ConfigError(null, string.Empty, message)])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConfigException"/> class.</summary>
    public ConfigException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new ConfigError(null, string.Empty, message)];
    }

    /// <summary>Gets every error found, in file order.</summary>
    public IReadOnlyList<ConfigError> Errors { get; } = [];
}
