using LinkedInAuto.Configuration;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Maintenance;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInAuto.CrashWriter;

/// <summary>The storage services on one state directory, opened like the daemon opens them.</summary>
internal sealed class WriterHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private WriterHost(ServiceProvider services)
    {
        _services = services;
        Writer = new HistoryWriter(services, Environment.ProcessId);
    }

    /// <summary>Gets the writer.</summary>
    public HistoryWriter Writer { get; }

    /// <summary>Builds the services and runs the daemon's storage start: guard, migrations, interrupted runs closed.</summary>
    public static async Task<WriterHost> OpenAsync(string stateDirectory)
    {
        Directory.CreateDirectory(stateDirectory);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAppConfiguration(
            new ConfigStore("crash-writer", new AppConfig { TimeZone = TimeZoneId.Parse("UTC") }),
            new AppDirectories(stateDirectory, Path.Combine(stateDirectory, "run"), null));
        services.AddStorage();
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<MigrationRunner>().RunAsync();
        await provider.GetRequiredService<RunStore>().CloseInterruptedAsync();
        return new WriterHost(provider);
    }

    /// <summary>Deletes a scratch state directory once its connections are closed.</summary>
    public static void Delete(string stateDirectory)
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(stateDirectory, recursive: true);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
