using System.Runtime.Versioning;
using System.Security.Cryptography;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Maintenance;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;

namespace LinkedInAuto.Tests.Storage;

/// <summary>Acceptance 6: a damaged, read-only or foreign file stops the start with the file and the next step, and is never replaced.</summary>
[SupportedOSPlatform("linux")]
public sealed class DatabaseGuardTests
{
    [Fact]
    public Task Start_ZeroLengthFile_IsRefused() =>
        AssertRefusedAsync(path => File.WriteAllBytes(path, []), "is empty (0 bytes)", "restore a backup");

    [Fact]
    public Task Start_TextFile_IsRefusedAsNotSqlite() =>
        AssertRefusedAsync(path => File.WriteAllText(path, "these are my notes, not a database\n"), "is not a SQLite database", "move the file away");

    [Fact]
    public Task Start_TruncatedFile_IsRefused() =>
        AssertRefusedAsync(
            path =>
            {
                using var stream = new FileStream(path, FileMode.Open);
                stream.SetLength(stream.Length / 2 + 100);
            },
            "is truncated",
            "restore a backup");

    [Fact]
    public Task Start_CorruptPages_IsRefused() =>
        AssertRefusedAsync(
            path =>
            {
                // Keep page 1 (header and schema) intact, scramble every table and index page after it.
                var bytes = File.ReadAllBytes(path);
                new Random(42).NextBytes(bytes.AsSpan(4096));
                File.WriteAllBytes(path, bytes);
            },
            "is corrupt",
            "restore a backup");

    [Fact]
    public Task Start_ReadOnlyFile_IsRefused() =>
        AssertRefusedAsync(path => File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead), "is read-only", "chmod 600");

    [Fact]
    public Task Start_ReadOnlyDirectory_IsRefused() =>
        AssertRefusedAsync(
            path => File.SetUnixFileMode(Path.GetDirectoryName(path)!, UnixFileMode.UserRead | UnixFileMode.UserExecute),
            "cannot be written: its directory",
            "chmod 700");

    [Fact]
    public Task Start_SqliteFileOfAnotherApplication_IsRefused() =>
        AssertRefusedAsync(
            path =>
            {
                File.Delete(path);
                using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
                connection.Open();
                connection.Execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT); INSERT INTO moz_places (url) VALUES ('https://example.org');");
            },
            "another application (tables LinkedInAuto does not know: moz_places)",
            "move it away");

    [Fact]
    public Task Start_ForeignApplicationId_IsRefused() =>
        AssertRefusedAsync(
            path =>
            {
                using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
                connection.Open();
                connection.Execute("PRAGMA application_id = 1234;");
            },
            "belongs to another application (application_id 0x000004D2)",
            "move it away");

    [Fact]
    public Task Start_SchemaFromANewerVersion_IsRefused() =>
        AssertRefusedAsync(
            path =>
            {
                using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
                connection.Open();
                connection.Execute("INSERT INTO \"__EFMigrationsHistory\" VALUES ('29990101000000_FromTheFuture', '10.0.14');");
            },
            "newer linkedin-auto (schema 29990101000000_FromTheFuture",
            "install that version again");

    [Fact]
    public async Task Start_TruncatedFileWithBackups_NamesTheNewestBackupToRestore()
    {
        await using var storage = await TestStorage.CreateAsync();
        await storage.Get<DatabaseBackup>().CreateRotatedAsync();
        var newest = await storage.Get<DatabaseBackup>().CreateRotatedAsync();
        SqliteConnection.ClearAllPools();
        await File.WriteAllBytesAsync(storage.DatabasePath, (await File.ReadAllBytesAsync(storage.DatabasePath))[..5000]);

        var error = await Assert.ThrowsAsync<StorageException>(() => storage.Get<MigrationRunner>().RunAsync());

        Assert.Contains($"cp {newest} {storage.DatabasePath}`", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DaemonStart_CorruptFile_HostStartFailsWithTheGuardsMessage()
    {
        await using var storage = await TestStorage.CreateAsync();
        SqliteConnection.ClearAllPools();
        await File.WriteAllTextAsync(storage.DatabasePath, "garbage");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddAppConfigurationForTest(storage);
        builder.Services.AddStorage().AddStorageMaintenance();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<StorageException>(() => host.StartAsync());

        Assert.Contains(storage.DatabasePath, error.Message, StringComparison.Ordinal);
        Assert.Equal("garbage", await File.ReadAllTextAsync(storage.DatabasePath));
    }

    [Fact]
    public async Task Start_MissingFile_IsCreatedAndStamped()
    {
        await using var storage = await TestStorage.CreateAsync(migrate: false);
        Assert.Equal(DatabaseFileState.Missing, await storage.Get<DatabaseGuard>().CheckAsync(DatabaseAccess.Write));

        await storage.Get<MigrationRunner>().RunAsync();

        Assert.Equal(DatabaseFileState.Existing, await storage.Get<DatabaseGuard>().CheckAsync(DatabaseAccess.Write));
    }

    [Fact]
    public async Task Read_MissingFile_SaysTheDaemonCreatesIt()
    {
        await using var storage = await TestStorage.CreateAsync(migrate: false);

        var error = await Assert.ThrowsAsync<StorageException>(() => storage.Get<DatabaseGuard>().CheckAsync(DatabaseAccess.Read));

        Assert.Contains("there is no history yet", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(storage.DatabasePath));
    }

    // A migrated database with a few rows, damaged by `damage`, then a daemon start (guard + migrations).
    private static async Task AssertRefusedAsync(Action<string> damage, string what, string nextStep)
    {
        await using var storage = await TestStorage.CreateAsync();
        await storage.Get<RunStore>().StartAsync("birthday", LinkedInAuto.Storage.Entities.RunTrigger.Manual);
        SqliteConnection.ClearAllPools();
        var path = storage.DatabasePath;
        damage(path);
        var before = Fingerprint(path);
        var entries = Directory.GetFileSystemEntries(storage.Directories.StateDirectory).Order().ToList();

        var error = await Assert.ThrowsAsync<StorageException>(() => storage.Get<MigrationRunner>().RunAsync());

        Assert.True(error.Message.Contains(path, StringComparison.Ordinal), error.Message);
        Assert.Contains(what, error.Message, StringComparison.Ordinal);
        Assert.Contains(nextStep, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Fingerprint(path));
        Assert.Equal(entries, Directory.GetFileSystemEntries(storage.Directories.StateDirectory).Order().ToList());
    }

    private static string Fingerprint(string path) =>
        File.Exists(path) ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))) : "missing";
}
