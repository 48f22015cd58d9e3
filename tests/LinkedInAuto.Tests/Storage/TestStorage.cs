using LinkedInAuto.Configuration;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Maintenance;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInAuto.Tests.Storage;

/// <summary>A real history file in its own temporary state directory, with the storage services around it.</summary>
internal sealed class TestStorage : IAsyncDisposable
{
    private TestStorage(string root, AppConfig config, TimeProvider time)
    {
        Root = root;
        Directories = new AppDirectories(Path.Combine(root, "state"), Path.Combine(root, "run"), null);
        Directory.CreateDirectory(Directories.StateDirectory);
        Config = new ConfigStore(Path.Combine(root, "config.yaml"), config);
        Time = time;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAppConfiguration(Config, Directories);
        services.AddSingleton(time);
        services.AddStorage();
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public string Root { get; }

    public AppDirectories Directories { get; }

    public ConfigStore Config { get; }

    public TimeProvider Time { get; }

    public ServiceProvider Services { get; }

    public string DatabasePath => Directories.DatabasePath;

    public static string NewRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), "linkedin-auto-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        return root;
    }

    /// <summary>Creates the storage; by default the database is created by the real migrations.</summary>
    public static async Task<TestStorage> CreateAsync(bool migrate = true, Action<AppConfig>? configure = null, TimeProvider? time = null)
    {
        var config = new AppConfig { TimeZone = TimeZoneId.Parse("Europe/Paris") };
        configure?.Invoke(config);
        var storage = new TestStorage(NewRoot(), config, time ?? TimeProvider.System);
        if (migrate)
        {
            await storage.Get<MigrationRunner>().RunAsync();
        }

        return storage;
    }

    /// <summary>Opens the storage services on an existing root (its `state` directory), without migrating.</summary>
    public static Task<TestStorage> OpenAsync(string root) =>
        Task.FromResult(new TestStorage(root, new AppConfig { TimeZone = TimeZoneId.Parse("UTC") }, TimeProvider.System));

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Opens a plain connection (no interceptor) to look at the file as sqlite3 would.</summary>
    public SqliteConnection OpenRaw(string? path = null)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path ?? DatabasePath, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        DeleteTree(Root);
    }

    public static void DeleteTree(string root)
    {
        if (!Directory.Exists(root))
        {
            return;
        }

        // Tests make files and directories read-only; give the write bits back so the tree can go.
        foreach (var entry in Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories).Append(root))
        {
            if (OperatingSystem.IsWindows())
            {
                break;
            }

            File.SetUnixFileMode(entry, File.GetUnixFileMode(entry) | UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        Directory.Delete(root, recursive: true);
    }
}
