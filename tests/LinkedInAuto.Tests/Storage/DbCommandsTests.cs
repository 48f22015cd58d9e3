using LinkedInAuto.Storage;
using Microsoft.Data.Sqlite;

namespace LinkedInAuto.Tests.Storage;

/// <summary>The `db` commands as a user runs them: the real executable, its exit codes and messages.</summary>
[Collection(ChildProcessTestGroup.Name)]
public sealed class DbCommandsTests : IAsyncLifetime
{
    private TestStorage _storage = null!;
    private string _config = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        var id = await _storage.Get<WishLedger>().RecordIntentAsync(new WishIntent("https://www.linkedin.com/in/cli/", "C, L \"I\"", new DateOnly(2026, 1, 1), 0, "t", "Joyeux anniversaire !"));
        await _storage.Get<WishLedger>().MarkSentAsync(id, "Bonne année,\net bon anniversaire !");
        _config = Path.Combine(_storage.Root, "config.yaml");
        await File.WriteAllTextAsync(_config, "time_zone: Europe/Paris\n");
        SqliteConnection.ClearAllPools();
    }

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    [Fact]
    public async Task ExportCsv_OneTableToStdout_AndAllTablesToADirectory()
    {
        using var one = await RunAsync("db", "export", "--format", "csv", "--table", "birthday_wishes");
        Assert.Equal(0, one.ExitCode);
        Assert.Contains("\"Bonne année,\net bon anniversaire !\"", one.Output, StringComparison.Ordinal);

        var directory = Path.Combine(_storage.Root, "export");
        using var all = await RunAsync("db", "export", "--format", "csv", "--output", directory);
        Assert.Equal(0, all.ExitCode);
        Assert.Equal(HistoryTables.All.Select(t => t + ".csv").Order(), Directory.GetFiles(directory).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Export_BadArguments_ExitWithUsageCode()
    {
        using var format = await RunAsync("db", "export", "--format", "xml");
        using var table = await RunAsync("db", "export", "--table", "__EFMigrationsHistory");
        using var csvToStdout = await RunAsync("db", "export", "--format", "csv");

        Assert.Equal((2, 2, 2), (format.ExitCode, table.ExitCode, csvToStdout.ExitCode));
        Assert.Contains("--table NAME", csvToStdout.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PruneAndVacuum_Succeed()
    {
        using var prune = await RunAsync("db", "prune");
        using var vacuum = await RunAsync("db", "vacuum");

        Assert.True(prune.ExitCode == 0, prune.Error);
        Assert.StartsWith("pruned 0 visits", prune.Output, StringComparison.Ordinal);
        Assert.True(vacuum.ExitCode == 0, vacuum.Error);
        Assert.Contains(" bytes", vacuum.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Integrity_CorruptFile_ExitsOneNamingTheFileAndTheNextStep()
    {
        var bytes = await File.ReadAllBytesAsync(_storage.DatabasePath);
        new Random(7).NextBytes(bytes.AsSpan(4096));
        await File.WriteAllBytesAsync(_storage.DatabasePath, bytes);

        using var integrity = await RunAsync("db", "integrity");
        using var backup = await RunAsync("db", "backup");

        Assert.Equal((1, 1), (integrity.ExitCode, backup.ExitCode));
        Assert.Contains(_storage.DatabasePath, integrity.Error, StringComparison.Ordinal);
        Assert.Contains("Next step", integrity.Error, StringComparison.Ordinal);
        Assert.Contains(_storage.DatabasePath, backup.Error, StringComparison.Ordinal);
    }

    private Task<ChildProcess> RunAsync(params string[] arguments) => ChildProcess.RunAsync(
        TestBinaries.Cli,
        [.. arguments, "--config", _config],
        new Dictionary<string, string> { ["STATE_DIRECTORY"] = _storage.Directories.StateDirectory, ["RUNTIME_DIRECTORY"] = _storage.Directories.RuntimeDirectory });
}
