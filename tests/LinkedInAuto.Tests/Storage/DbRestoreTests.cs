using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Entities;
using Microsoft.Data.Sqlite;

namespace LinkedInAuto.Tests.Storage;

/// <summary>`db restore FILE` through the real executable (issue 15, acceptance 4): the backup's history comes back and the previous database is kept;
/// a corrupt or foreign file, or a running daemon, is refused with nothing changed.</summary>
[Collection(ChildProcessTestGroup.Name)]
public sealed class DbRestoreTests : IAsyncLifetime
{
    private TestStorage _storage = null!;
    private string _config = null!;
    private string _backup = null!;

    private string BackupDirectory => Path.Combine(_storage.Directories.StateDirectory, "backups");

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        var runs = _storage.Get<RunStore>();
        await runs.FinishAsync(await runs.StartAsync("birthday", RunTrigger.Schedule), RunOutcome.Succeeded, new RunCounts(1, 0, 0));
        _config = Path.Combine(_storage.Root, "config.yaml");
        await File.WriteAllTextAsync(_config, "time_zone: Europe/Paris\n");
        _backup = Path.Combine(_storage.Root, "saved.db");
        SqliteConnection.ClearAllPools();
        using var backup = await StorageCli.RunAsync(_storage, _config, "db", "backup", "--to", _backup);
        Assert.True(backup.ExitCode == 0, backup.Error);

        // After the backup: a second run, which the restore must take away.
        await runs.FinishAsync(await runs.StartAsync("visitor", RunTrigger.Manual, dryRun: true), RunOutcome.Succeeded, new RunCounts(0, 0, 0));
        SqliteConnection.ClearAllPools();
    }

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    [Fact]
    public async Task Restore_Backup_BringsBackItsHistory_AndKeepsThePreviousDatabase()
    {
        using var restore = await StorageCli.RunAsync(_storage, _config, "db", "restore", _backup);

        Assert.True(restore.ExitCode == 0, restore.Error);
        Assert.Contains($"restored {_backup} to {_storage.DatabasePath}", restore.Output, StringComparison.Ordinal);
        Assert.Equal(["birthday"], Bots(_storage.DatabasePath));
        Assert.False(File.Exists(_storage.DatabasePath + "-wal") && new FileInfo(_storage.DatabasePath + "-wal").Length > 0);

        var kept = Assert.Single(Directory.GetFiles(BackupDirectory, "pre-restore-*.db"));
        Assert.Contains("previous database kept as " + kept, restore.Output, StringComparison.Ordinal);
        Assert.Equal(["birthday", "visitor"], Bots(kept));

        using var history = await StorageCli.RunAsync(_storage, _config, "history", "--json");
        Assert.True(history.ExitCode == 0, history.Error);
        Assert.Contains("\"bot\": \"birthday\"", history.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"bot\": \"visitor\"", history.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_CorruptForeignOrMissingFile_IsRefused_AndNothingChanges()
    {
        var corrupt = Path.Combine(_storage.Root, "corrupt.db");
        var bytes = await File.ReadAllBytesAsync(_backup);
        new Random(7).NextBytes(bytes.AsSpan(4096));
        await File.WriteAllBytesAsync(corrupt, bytes);

        var foreign = Path.Combine(_storage.Root, "foreign.db");
        await using (var connection = new SqliteConnection($"Data Source={foreign};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('mine');";
            await command.ExecuteNonQueryAsync();
        }

        var text = Path.Combine(_storage.Root, "notes.txt");
        await File.WriteAllTextAsync(text, "not a database at all, but long enough to have a header of a hundred bytes........................................");
        var before = Snapshot();

        using var corruptRun = await StorageCli.RunAsync(_storage, _config, "db", "restore", corrupt);
        using var foreignRun = await StorageCli.RunAsync(_storage, _config, "db", "restore", foreign);
        using var textRun = await StorageCli.RunAsync(_storage, _config, "db", "restore", text);
        using var missingRun = await StorageCli.RunAsync(_storage, _config, "db", "restore", Path.Combine(_storage.Root, "nowhere.db"));

        Assert.Equal((1, 1, 1, 1), (corruptRun.ExitCode, foreignRun.ExitCode, textRun.ExitCode, missingRun.ExitCode));
        Assert.Contains($"{corrupt} ", corruptRun.Error, StringComparison.Ordinal);
        Assert.Contains("refused, nothing was changed", corruptRun.Error, StringComparison.Ordinal);
        Assert.Contains("is not a LinkedInAuto history (tables LinkedInAuto does not know: notes)", foreignRun.Error, StringComparison.Ordinal);
        Assert.Contains("is not a SQLite database", textRun.Error, StringComparison.Ordinal);
        Assert.Contains("does not exist", missingRun.Error, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
        Assert.False(Directory.Exists(BackupDirectory) && Directory.GetFiles(BackupDirectory, "pre-restore-*").Length > 0);
        Assert.Equal(["birthday", "visitor"], Bots(_storage.DatabasePath));
    }

    [Fact]
    public async Task Restore_WhileTheDaemonAnswers_IsRefused()
    {
        Directory.CreateDirectory(_storage.Directories.RuntimeDirectory);
        using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(_storage.Directories.ControlSocketPath));
        listener.Listen();
        var answer = AnswerOnceAsync(listener);
        var before = Snapshot();

        using var restore = await StorageCli.RunAsync(_storage, _config, "db", "restore", _backup);
        await answer;

        Assert.Equal(1, restore.ExitCode);
        Assert.Contains("the daemon is running", restore.Error, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    // Stands for the daemon: answers one request with a final result line, as the control protocol does.
    private static async Task AnswerOnceAsync(Socket listener)
    {
        using var connection = await listener.AcceptAsync();
        await using var stream = new NetworkStream(connection);
        using var reader = new StreamReader(stream);
        Assert.Contains("\"command\":\"status\"", await reader.ReadLineAsync(), StringComparison.Ordinal);
        await stream.WriteAsync(Encoding.UTF8.GetBytes("{\"ok\":true,\"kind\":\"result\",\"message\":\"running\"}\n"));
    }

    private string Snapshot()
    {
        var files = Directory.GetFiles(_storage.Directories.StateDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        return string.Join('\n', files.Select(f => f + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))));
    }

    private static List<string> Bots(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT bot FROM runs ORDER BY id";
        using var reader = command.ExecuteReader();
        var bots = new List<string>();
        while (reader.Read())
        {
            bots.Add(reader.GetString(0));
        }

        return bots;
    }
}
