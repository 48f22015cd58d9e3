namespace LinkedInAuto.Configuration;

/// <summary>Holds the configuration in effect and swaps it atomically when a reload is valid.</summary>
public sealed class ConfigStore
{
    private AppConfig _current;

    /// <summary>Initializes a new instance of the <see cref="ConfigStore"/> class.</summary>
    public ConfigStore(string path, AppConfig initial, Func<string, AppConfig>? loader = null)
    {
        Path = path;
        _current = initial;
        Loader = loader ?? ConfigFiles.Load;
    }

    /// <summary>Raised after a new configuration took effect.</summary>
    public event EventHandler<AppConfig>? Changed;

    /// <summary>Gets the config file's path.</summary>
    public string Path { get; }

    /// <summary>Gets the configuration in effect; read it once per unit of work, it may change between two reads.</summary>
    public AppConfig Current => Volatile.Read(ref _current);

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
            return ex.Errors;
        }

        Volatile.Write(ref _current, next);
        Changed?.Invoke(this, next);
        return [];
    }
}
