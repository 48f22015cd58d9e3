using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Maintenance;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging.Abstractions;

namespace LinkedInAuto.Tests.Storage;

/// <summary>Acceptance 4 and the migration runner's promise: data survives upgrades, a failed upgrade leaves the file as it was.</summary>
public sealed class MigrationTests : IAsyncLifetime
{
    private TestStorage _storage = null!;
    private string _first = null!;
    private string _latest = null!;
    private Dictionary<string, string> _firstColumns = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync(migrate: false);
        await using var context = await _storage.Get<IDbContextFactory<HistoryDbContext>>().CreateDbContextAsync();
        var migrations = context.Database.GetMigrations().ToList();
        (_first, _latest) = (migrations[0], migrations[^1]);

        // The database exactly as the first release created it, then filled through plain SQL of that schema.
        context.Database.SetConnectionString(HistoryDatabase.ConnectionString(_storage.DatabasePath, create: true));
        await context.GetService<IMigrator>().MigrateAsync(_first);
        await context.Database.CloseConnectionAsync();
        using var raw = _storage.OpenRaw();

        // Later migrations add columns, empty on old rows: the data to keep is what the first schema held.
        _firstColumns = HistoryTables.All.ToDictionary(
            t => t, t => string.Join(", ", raw.Strings($"SELECT name FROM pragma_table_info('{t}') ORDER BY name").Select(c => $"\"{c}\"")));
        raw.Execute("""
            INSERT INTO contacts (profile_url, full_name, first_seen_utc, updated_utc) VALUES
              ('https://www.linkedin.com/in/ada/', 'Ada Lovelace', '2026-01-02 08:00:00', '2026-01-02 08:00:00'),
              ('https://www.linkedin.com/in/alan/', 'Alan Turing', '2026-01-03 08:00:00', '2026-01-04 08:00:00');
            INSERT INTO runs (bot, "trigger", started_utc, ended_utc, outcome, done, skipped, failed, error) VALUES
              ('birthday', 'Schedule', '2026-01-02 08:00:00', '2026-01-02 08:05:00', 'Succeeded', 2, 0, 0, NULL),
              ('visitor', 'Manual', '2026-01-03 08:00:00', NULL, NULL, 0, 0, 0, NULL);
            INSERT INTO birthday_wishes (contact_id, occurrence, days_late, template_id, text, state, attempts, intended_utc, sent_utc, verified_utc, failed_utc, error, run_id) VALUES
              (1, '2026-01-02', 0, 'birthday.txt:1', 'Joyeux anniversaire, Ada !', 'Verified', 1, '2026-01-02 08:01:00', '2026-01-02 08:01:05', '2026-01-02 08:02:00', NULL, NULL, 1),
              (2, '2026-01-01', 1, 'late.txt:2', NULL, 'Intended', 1, '2026-01-02 08:03:00', NULL, NULL, NULL, NULL, 1),
              (2, '2026-01-01', 1, 'late.txt:2', 'dry', 'DryRun', 1, '2026-01-02 08:04:00', NULL, NULL, NULL, NULL, NULL);
            INSERT INTO profile_visits (contact_id, visited_utc, dry_run, run_id) VALUES (2, '2026-01-03 08:01:00', 0, 2);
            INSERT INTO handled_invitations (contact_id, action, rule, state, intended_utc, done_utc, failed_utc, error, run_id) VALUES
              (2, 'Accept', 'min_mutual', 'Done', '2026-01-03 08:02:00', '2026-01-03 08:02:03', NULL, NULL, 2);
            INSERT INTO action_ledger (kind, at_utc, run_id) VALUES ('Wish', '2026-01-02 08:01:00', 1), ('Wish', '2026-01-02 08:03:00', 1), ('Visit', '2026-01-03 08:01:00', 2);
            INSERT INTO account_states (state, since_utc, reason) VALUES ('Checkpoint', '2026-01-03 09:00:00', 'captcha');
            INSERT INTO selector_stats (key, hits, misses, last_hit_utc, last_miss_utc) VALUES ('birthday.send_button', 10, 1, '2026-01-02 08:01:00', NULL);
            INSERT INTO blacklist (profile_url, reason, added_utc) VALUES ('https://www.linkedin.com/in/spam/', 'spam', '2026-01-01 00:00:00');
            INSERT INTO cooldowns (scope, until_utc, reason, created_utc) VALUES ('account', '2026-01-10 00:00:00', 'limit', '2026-01-03 09:00:00');
            """);
    }

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    [Fact]
    public async Task Run_DatabaseFromFirstMigrationWithData_ReachesLatestSchemaWithDataIntact()
    {
        var before = DataRows();
        var runner = _storage.Get<MigrationRunner>();

        Assert.Equal(_latest, await runner.RunAsync());
        Assert.True(runner.AppliedMigrations);
        Assert.Equal(_latest, await runner.RunAsync());
        Assert.False(runner.AppliedMigrations); // an ordinary start: nothing pending

        Assert.Equal(before, DataRows());
        using var raw = _storage.OpenRaw();
        Assert.Equal("ok", raw.Scalar("PRAGMA integrity_check"));
        Assert.Empty(raw.Strings("PRAGMA foreign_key_check"));
        Assert.Equal(HistoryDatabase.ApplicationId, raw.Int64("PRAGMA application_id"));
        Assert.Equal(raw.Strings("SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY 1").Count, raw.Int64("PRAGMA user_version"));
        Assert.Contains("CK_birthday_wishes_sent_has_text", (string)raw.Scalar("SELECT sql FROM sqlite_master WHERE name = 'birthday_wishes'")!, StringComparison.Ordinal);

        // The consistent copy taken before migrating holds the old schema and the same data.
        var backup = Assert.Single(Directory.GetFiles(_storage.Get<StoragePaths>().BackupDirectory, $"pre-migration-{_first}-{_latest}-*.db"));
        using var copy = _storage.OpenRaw(backup);
        Assert.Equal("ok", copy.Scalar("PRAGMA integrity_check"));
        Assert.Equal([_first], copy.Strings("SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\""));
        Assert.Equal(before, DataRows(copy));

        // The stores work on the migrated data.
        var wish = await _storage.Get<WishLedger>().FindForOccurrenceAsync("https://www.linkedin.com/in/ada/", new DateOnly(2026, 1, 2));
        Assert.Equal("Joyeux anniversaire, Ada !", wish!.Text);
    }

    [Fact]
    public async Task Run_AfterAMigrationKilledBetweenItsTransactions_ClearsTheLeftoversAndCompletes()
    {
        var before = DataRows();
        using (var raw = _storage.OpenRaw())
        {
            // What a power cut after the rebuild's first transaction leaves: EF's lock row and a committed ef_temp_ copy.
            raw.Execute("""
                CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
                INSERT OR REPLACE INTO "__EFMigrationsLock" VALUES (1, '2026-01-05 03:30:00+00:00');
                CREATE TABLE "ef_temp_runs" AS SELECT * FROM runs;
                """);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        Assert.Equal(_latest, await _storage.Get<MigrationRunner>().RunAsync(timeout.Token));

        Assert.Equal(before, DataRows());
        using var check = _storage.OpenRaw();
        Assert.Empty(check.Strings("SELECT name FROM sqlite_master WHERE name LIKE 'ef_temp_%'"));
        Assert.Equal("ok", check.Scalar("PRAGMA integrity_check"));
    }

    [Fact]
    public async Task Run_MigrationFailsAfterChangingTheSchema_WritesThePreMigrationCopyBack()
    {
        var before = FullDump();
        var runner = Runner(async (context, cancellationToken) =>
        {
            // The real migrations (a table rebuild, partly outside any transaction) succeed, then a later step fails.
            await context.Database.MigrateAsync(cancellationToken);
            throw new InvalidOperationException("disk full while finishing the migration");
        });

        var error = await Assert.ThrowsAsync<StorageException>(() => runner.RunAsync());

        Assert.Contains(_storage.DatabasePath, error.Message, StringComparison.Ordinal);
        Assert.Contains("disk full while finishing the migration", error.Message, StringComparison.Ordinal);
        Assert.Contains("was left as it was", error.Message, StringComparison.Ordinal);
        Assert.Contains("pre-migration-", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, FullDump());
        using var check = _storage.OpenRaw();
        Assert.Equal("ok", check.Scalar("PRAGMA integrity_check"));
    }

    [Fact]
    public async Task Run_MigrationFailsInsideItsTransaction_LeavesTheFileUntouched()
    {
        var before = FullDump();
        var runner = Runner(async (context, cancellationToken) =>
        {
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            await context.Database.ExecuteSqlRawAsync("CREATE TABLE half_done (x INTEGER);", cancellationToken);
            await context.Database.ExecuteSqlRawAsync("INSERT INTO no_such_table VALUES (1);", cancellationToken);
        });

        var error = await Assert.ThrowsAsync<StorageException>(() => runner.RunAsync());

        Assert.Contains("no such table", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, FullDump());
    }

    private MigrationRunner Runner(Func<HistoryDbContext, CancellationToken, Task> migrate) => new(
        _storage.Get<IDbContextFactory<HistoryDbContext>>(),
        _storage.Get<DatabaseGuard>(),
        _storage.Get<DatabaseBackup>(),
        _storage.Get<StoragePaths>(),
        NullLogger<MigrationRunner>.Instance,
        migrate);

    private string FullDump()
    {
        SqliteConnection.ClearAllPools();
        using var raw = _storage.OpenRaw();
        return raw.Dump();
    }

    private string DataRows(SqliteConnection? connection = null)
    {
        SqliteConnection.ClearAllPools();
        using var owned = connection is null ? _storage.OpenRaw() : null;
        var raw = connection ?? owned!;
        return string.Join('\n', HistoryTables.All.SelectMany(t => raw.NamedRows($"SELECT {_firstColumns[t]} FROM \"{t}\" ORDER BY id").Select(row => t + ": " + row)));
    }
}
