namespace LinkedInAuto.Configuration;

/// <summary>Holds the configuration in effect and swaps it atomically when a reload is valid.</summary>
public sealed class ConfigStore
{
    private AppConfig _current;
    private ConfigError? _rejected;

    /// <summary>Initializes a new instance of the <see cref="ConfigStore"/> class.</summary>
    public ConfigStore(string path, AppConfig initial, Func<string, AppConfig>? loader = null)
    {
        Path = path;
        _current = initial;
        Loader = loader ?? ConfigLoader.Load;
    }

    /// <summary>Raised after a new configuration took effect.</summary>
    public event EventHandler<AppConfig>? Changed;

    /// <summary>Gets the config file's path.</summary>
    public string Path { get; }

    /// <summary>Gets the configuration in effect; read it once per unit of work, it may change between two reads.</summary>
    public AppConfig Current => Volatile.Read(ref _current);

    /// <summary>Gets the first error of the last reload when it was rejected (the previous config still in effect); null once a reload succeeded.</summary>
    public ConfigError? Rejected => Volatile.Read(ref _rejected);

    private Func<string, AppConfig> Loader { get; }

    /// <summary>Re-reads the file; a valid one replaces the current config, an invalid one changes nothing.</summary>
    /// <returns>The errors, empty when the new configuration took effect.</returns>
    public IReadOnlyList<ConfigError> Reload()
    {
        AppConfig next;
        try
        {
            next = Loader(Path);
        }
        catch (ConfigException ex)
        {
            Volatile.Write(ref _rejected, ex.Errors.Count > 0 ? ex.Errors[0] : new ConfigError(null, string.Empty, ex.Message));
            return ex.Errors;
        }

        Volatile.Write(ref _current, next);
        Volatile.Write(ref _rejected, null);
        Changed?.Invoke(this, next);
        return [];
    }
}
