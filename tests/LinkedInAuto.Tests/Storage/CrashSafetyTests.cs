using System.Globalization;
using System.Text.RegularExpressions;
using LinkedInAuto.Storage.Maintenance;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace LinkedInAuto.Tests.Storage;

/// <summary>Acceptance 2: SIGKILL at random moments, 50 times, loses no committed intent and leaves no half-written row.</summary>
[Collection(ChildProcessTestGroup.Name)]
public sealed partial class CrashSafetyTests(ITestOutputHelper output)
{
    private const int Kills = 50;

    [Fact]
    public async Task Writer_KilledAtRandomMoments_KeepsEveryCommittedIntentAndConsistentRows()
    {
        var root = TestStorage.NewRoot();
        try
        {
            var state = Path.Combine(root, "state");
            Directory.CreateDirectory(state);
            var seed = Environment.TickCount;
            output.WriteLine($"seed {seed}");
            var random = new Random(seed);
            var intents = new HashSet<long>();
            var sent = new HashSet<long>();

            // The history exists before the first kill, as after the daemon's first start.
            using (var first = await ChildProcess.RunAsync(TestBinaries.CrashWriter, [state, "--seconds", "0"]))
            {
                Assert.True(first.ExitCode == 0, first.Error);
            }

            var template = Path.Combine(root, "template.db");
            File.Copy(Path.Combine(state, "linkedin-auto.db"), template);

            // Spare writers warm up (runtime, EF Core, on a scratch copy) while the current one works; each touches
            // the database only after the previous writer was killed, so every start is a start after a crash.
            var spares = new Queue<ChildProcess>();
            try
            {
                for (var kill = 0; kill < Kills; kill++)
                {
                    while (spares.Count < 3)
                    {
                        spares.Enqueue(ChildProcess.Start(TestBinaries.CrashWriter, [state, "--warm-up-from", template]));
                    }

                    using var writer = spares.Dequeue();
                    await writer.WaitForLineAsync(line => line == "warm", TimeSpan.FromSeconds(60));
                    await writer.SendLineAsync("go");

                    // Most kills land among the writes; some during the start itself (guard, migrations, closing the interrupted run).
                    var duringStart = random.Next(5) == 0;
                    if (!duringStart)
                    {
                        await writer.WaitForLineAsync(line => line.StartsWith("intent ", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
                    }

                    await Task.Delay(random.Next(0, duringStart ? 100 : 250));
                    writer.Kill();
                    await writer.WaitForExitAsync(TimeSpan.FromSeconds(30));
                    Assert.DoesNotContain("Exception", writer.Error, StringComparison.Ordinal);
                    foreach (Match match in Printed().Matches(writer.Output))
                    {
                        (match.Groups[1].Value == "intent" ? intents : sent).Add(long.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
                    }
                }
            }
            finally
            {
                while (spares.TryDequeue(out var spare))
                {
                    spare.Dispose();
                }
            }

            output.WriteLine($"{intents.Count} intents and {sent.Count} sends were reported committed before the {Kills} kills");
            SqliteConnection.ClearAllPools();
            var database = Path.Combine(state, "linkedin-auto.db");
            using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
            await connection.OpenAsync();

            Assert.Equal("ok", connection.Scalar("PRAGMA integrity_check"));
            Assert.Empty(connection.Strings("PRAGMA foreign_key_check"));
            var wishes = connection.Strings("SELECT id || ' ' || state || ' ' || coalesce(length(text), -1) || ' ' || (sent_utc IS NOT NULL) FROM birthday_wishes")
                .Select(row => row.Split(' ')).ToDictionary(r => long.Parse(r[0], CultureInfo.InvariantCulture));

            // Nothing the writer reported is missing, and everything reported sent is sent, with its text and time.
            Assert.DoesNotContain(intents, id => !wishes.ContainsKey(id));
            Assert.DoesNotContain(sent, id => wishes[id] is not [_, "Sent", var length, "1"] || length == "-1");

            // No row is half-written: a sent wish has its text and time; each intent paid its quota in the same commit; runs are open or closed.
            Assert.DoesNotContain(wishes.Values, w => w[1] == "Sent" && (w[2] == "-1" || w[3] == "0"));
            Assert.Equal(connection.Int64("SELECT count(*) FROM birthday_wishes"), connection.Int64("SELECT count(*) FROM action_ledger WHERE kind = 'Wish'"));
            Assert.Equal(connection.Int64("SELECT count(*) FROM profile_visits"), connection.Int64("SELECT count(*) FROM action_ledger WHERE kind = 'Visit'"));
            Assert.Equal(connection.Int64("SELECT count(*) FROM handled_invitations"), connection.Int64("SELECT count(*) FROM action_ledger WHERE kind = 'Accept'"));
            Assert.Equal(0L, connection.Int64("SELECT count(*) FROM runs WHERE (ended_utc IS NULL) <> (outcome IS NULL)"));
            Assert.True(connection.Int64("SELECT count(*) FROM runs WHERE ended_utc IS NULL") <= 1, "each restart closes the run the previous process left open");
            Assert.True(intents.Count >= Kills / 2, "most writers were killed after they had committed intents");
            await connection.CloseAsync();

            // And the daemon still starts on it.
            await using var storage = await TestStorageAt(root);
            await storage.Get<MigrationRunner>().RunAsync();
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            TestStorage.DeleteTree(root);
        }
    }

    private static Task<TestStorage> TestStorageAt(string root) => TestStorage.OpenAsync(root);

    [GeneratedRegex(@"^(intent|sent) (\d+)$", RegexOptions.Multiline)]
    private static partial Regex Printed();
}
