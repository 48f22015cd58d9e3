namespace LinkedInAuto.Tests.Daemon;

/// <summary>A private state, runtime, cache and config directory for one daemon process.</summary>
public sealed class DaemonTestEnvironment : IDisposable
{
    private readonly TempDirectory _root = new();

    /// <summary>Initializes a new instance of the <see cref="DaemonTestEnvironment"/> class with the shipped config and messages.</summary>
    public DaemonTestEnvironment()
    {
        Directory.CreateDirectory(StateDirectory);
        Directory.CreateDirectory(RuntimeDirectory);
        Directory.CreateDirectory(CacheDirectory);
        CopyDirectory(Path.Combine(RepositoryPaths.Root, "config", "messages"), Path.Combine(_root.Path, "messages"));
        WriteConfig(File.ReadAllText(RepositoryPaths.ShippedConfig));
    }

    /// <summary>Gets the config file.</summary>
    public string ConfigPath => _root.File("config.yaml");

    /// <summary>Gets `$STATE_DIRECTORY`.</summary>
    public string StateDirectory => _root.File("state");

    /// <summary>Gets `$RUNTIME_DIRECTORY`.</summary>
    public string RuntimeDirectory => _root.File("run");

    /// <summary>Gets `$CACHE_DIRECTORY` (the start-up JIT profile).</summary>
    public string CacheDirectory => _root.File("cache");

    /// <summary>Replaces the config file.</summary>
    public void WriteConfig(string yaml) => File.WriteAllText(ConfigPath, yaml);

    /// <summary>Gets the environment for the daemon, plus <paramref name="extra"/>.</summary>
    public Dictionary<string, string?> Environment(params (string Name, string? Value)[] extra)
    {
        var environment = new Dictionary<string, string?>
        {
            ["STATE_DIRECTORY"] = StateDirectory,
            ["RUNTIME_DIRECTORY"] = RuntimeDirectory,
            ["CACHE_DIRECTORY"] = CacheDirectory,
        };
        foreach (var (name, value) in extra)
        {
            environment[name] = value;
        }

        return environment;
    }

    /// <inheritdoc/>
    public void Dispose() => _root.Dispose();

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(source))
        {
            CopyDirectory(directory, Path.Combine(target, Path.GetFileName(directory)));
        }
    }
}
