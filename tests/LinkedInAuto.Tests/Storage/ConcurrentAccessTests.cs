using System.Globalization;
using System.Text.Json;
using LinkedInAuto.Storage.Maintenance;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace LinkedInAuto.Tests.Storage;

/// <summary>Acceptances 3 and 5 with real processes: the CLI reads (status, history, export, integrity) and backs up while a writer commits, never "database is locked".</summary>
[Collection(ChildProcessTestGroup.Name)]
public sealed class ConcurrentAccessTests(ITestOutputHelper output)
{
    [Fact]
    public async Task CliStatusHistoryExportIntegrityAndBackup_WhileAWriterCommitsFor20Seconds_NeverLockedAndBackupsComplete()
    {
        var root = TestStorage.NewRoot();
        try
        {
            var state = Path.Combine(root, "state");
            var config = Path.Combine(root, "config.yaml");
            await File.WriteAllTextAsync(config, "time_zone: UTC\nstorage:\n  backup:\n    keep: 3\n");
            var environment = new Dictionary<string, string> { ["STATE_DIRECTORY"] = state, ["RUNTIME_DIRECTORY"] = Path.Combine(root, "run") };

            using var writer = ChildProcess.Start(TestBinaries.CrashWriter, [state, "--seconds", "20"]);
            await writer.WaitForLineAsync(line => line.StartsWith("intent ", StringComparison.Ordinal), TimeSpan.FromSeconds(60));

            var rounds = 0;
            while (!writer.HasExited)
            {
                using var export = await RunCliAsync(["db", "export", "--format", "json"]);
                using (var document = JsonDocument.Parse(export.Output))
                {
                    Assert.True(document.RootElement.GetProperty("tables").GetProperty("birthday_wishes").GetArrayLength() > 0);
                }

                // The queries users run while the daemon works: status (the database, since no daemon answers here) and history.
                using var status = await RunCliAsync(["status", "--json"]);
                using (var document = JsonDocument.Parse(status.Output))
                {
                    Assert.False(document.RootElement.GetProperty("status").GetProperty("daemon_running").GetBoolean());
                }

                using var history = await RunCliAsync(["history", "--json", "--since", "1d"]);
                using (var document = JsonDocument.Parse(history.Output))
                {
                    Assert.True(document.RootElement.GetArrayLength() > 0);
                }

                using var integrity = await RunCliAsync(["db", "integrity"]);
                Assert.Equal("ok", integrity.Output.Trim());

                // Everything the writer reported committed before the backup process started must be in the backup.
                var committed = Intents(writer);
                using var backup = await RunCliAsync(["db", "backup"]);
                using (var copy = new SqliteConnection($"Data Source={backup.Output.Trim()};Mode=ReadOnly;Pooling=False"))
                {
                    await copy.OpenAsync();
                    Assert.Equal("ok", copy.Scalar("PRAGMA integrity_check"));
                    var inBackup = copy.Strings("SELECT id FROM birthday_wishes").Select(long.Parse).ToHashSet();
                    Assert.Subset(inBackup, committed);
                }

                rounds++;
            }

            await writer.WaitForExitAsync(TimeSpan.FromSeconds(30));
            output.WriteLine($"{rounds} rounds of export + integrity + backup while {Intents(writer).Count} wishes were written");
            Assert.True(writer.ExitCode == 0, writer.Error);
            Assert.DoesNotContain("locked", writer.Output + writer.Error, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("done", writer.Lines);
            Assert.True(rounds >= 1, "the CLI ran while the writer was writing");
            Assert.Equal(Math.Min(3, rounds), BackupRotation.List(Path.Combine(state, "backups")).Count);

            async Task<ChildProcess> RunCliAsync(string[] arguments)
            {
                var cli = await ChildProcess.RunAsync(TestBinaries.Cli, [.. arguments, "--config", config], environment);
                Assert.True(cli.ExitCode == 0, $"{string.Join(' ', arguments)} exited {cli.ExitCode}: {cli.Error}");
                Assert.DoesNotContain("locked", cli.Output + cli.Error, StringComparison.OrdinalIgnoreCase);
                return cli;
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            TestStorage.DeleteTree(root);
        }
    }

    private static HashSet<long> Intents(ChildProcess writer) =>
        writer.Lines.Where(l => l.StartsWith("intent ", StringComparison.Ordinal)).Select(l => long.Parse(l[7..], CultureInfo.InvariantCulture)).ToHashSet();
}
