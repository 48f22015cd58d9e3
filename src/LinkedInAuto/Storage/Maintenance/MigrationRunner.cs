using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Storage.Maintenance;

/// <summary>Brings the history to the latest schema at daemon start: guard, backup, migrate, and undo if migrating fails.</summary>
/// <remarks>
/// EF Core applies SQLite migrations in transactions, but a table rebuild runs `PRAGMA foreign_keys` outside one, so a
/// failure can leave part of a migration behind. When the schema differs from before after a failure, the pre-migration
/// copy is written back with SQLite's online backup API, which takes the proper locks instead of replacing the file.
/// </remarks>
public sealed class MigrationRunner
{
    private readonly IDbContextFactory<HistoryDbContext> _contextFactory;
    private readonly DatabaseGuard _guard;
    private readonly DatabaseBackup _backup;
    private readonly StoragePaths _paths;
    private readonly ILogger<MigrationRunner> _logger;
    private readonly Func<HistoryDbContext, CancellationToken, Task> _migrate;

    /// <summary>Initializes a new instance of the <see cref="MigrationRunner"/> class.</summary>
    public MigrationRunner(IDbContextFactory<HistoryDbContext> contextFactory, DatabaseGuard guard, DatabaseBackup backup, StoragePaths paths, ILogger<MigrationRunner> logger)
        : this(contextFactory, guard, backup, paths, logger, static (context, cancellationToken) => context.Database.MigrateAsync(cancellationToken))
    {
    }

    // For testing: replaces the step that applies the pending migrations, so a test can make it fail part-way.
    internal MigrationRunner(
        IDbContextFactory<HistoryDbContext> contextFactory, DatabaseGuard guard, DatabaseBackup backup, StoragePaths paths, ILogger<MigrationRunner> logger, Func<HistoryDbContext, CancellationToken, Task> migrate)
    {
        _contextFactory = contextFactory;
        _guard = guard;
        _backup = backup;
        _paths = paths;
        _logger = logger;
        _migrate = migrate;
    }

    /// <summary>Gets whether the last <see cref="RunAsync"/> created or migrated the history: a start that did is not an
    /// ordinary one (the daemon keeps no start-up JIT profile from it, docs/startup.md).</summary>
    public bool AppliedMigrations { get; private set; }

    /// <summary>Checks the file, backs it up when migrations are pending, and applies them.</summary>
    /// <returns>The schema now in effect (the last migration's id).</returns>
    /// <exception cref="StorageException">The file was refused or migrating failed; it was left as it was.</exception>
    public async Task<string> RunAsync(CancellationToken cancellationToken = default)
    {
        var path = _paths.DatabasePath;
        var state = await _guard.CheckAsync(DatabaseAccess.Write, cancellationToken);
        await using var context = await _contextFactory.CreateDbContextAsync(cancellationToken);
        if (state == DatabaseFileState.Missing)
        {
            context.Database.SetConnectionString(HistoryDatabase.ConnectionString(path, create: true));
        }

        var all = context.Database.GetMigrations().ToList();
        var applied = (await context.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        var pending = all.Except(applied, StringComparer.Ordinal).ToList();
        if (pending.Count > 0)
        {
            var from = applied.LastOrDefault() ?? "empty";
            string? backupFile = null;
            string? before = null;
            if (state == DatabaseFileState.Existing)
            {
                backupFile = await _backup.CreatePreMigrationAsync(from, pending[^1], cancellationToken);
                await context.Database.OpenConnectionAsync(cancellationToken);
                await ClearKilledMigrationAsync(context.Database.GetDbConnection(), cancellationToken);
                before = await SchemaFingerprintAsync(context.Database.GetDbConnection(), cancellationToken);
            }

            _logger.Migrating(path, from, pending[^1], pending.Count, backupFile);
            try
            {
                await _migrate(context, cancellationToken);
            }
            catch (Exception ex)
            {
                await context.Database.CloseConnectionAsync();
                SqliteConnection.ClearAllPools();
                await UndoAsync(state, path, before, backupFile);
                if (ex is OperationCanceledException)
                {
                    throw;
                }

                throw state == DatabaseFileState.Missing
                    ? new StorageException($"Creating the history {path} failed: {ex.Message}. Nothing was kept. Next step: check free space and permissions of {Path.GetDirectoryName(path)}, then start again; report the error if it persists.", ex)
                    : new StorageException($"Migrating the history {path} from {from} to {pending[^1]} failed: {ex.Message}. The database was left as it was (a copy is at {backupFile}). Next step: reinstall the previous linkedin-auto version and report the error.", ex);
            }
        }

        AppliedMigrations = pending.Count > 0;
        await StampAsync(context, all.Count, cancellationToken);
        _logger.Ready(path, all[^1]);
        return all[^1];
    }

    private async Task UndoAsync(DatabaseFileState state, string path, string? before, string? backupFile)
    {
        if (state == DatabaseFileState.Missing)
        {
            // The file did not exist before this start: nothing of the user's is lost by removing what was half-created.
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }

            return;
        }

        await using (var connection = new SqliteConnection(Unpooled(path, SqliteOpenMode.ReadOnly)))
        {
            await connection.OpenAsync();
            if (await SchemaFingerprintAsync(connection, CancellationToken.None) == before)
            {
                return;
            }
        }

        await using var source = new SqliteConnection(Unpooled(backupFile!, SqliteOpenMode.ReadOnly));
        await using var destination = new SqliteConnection(Unpooled(path, SqliteOpenMode.ReadWrite));
        await source.OpenAsync();
        await destination.OpenAsync();
        source.BackupDatabase(destination);
        _logger.RestoredAfterFailedMigration(path, backupFile!);
    }

    // A migration killed part-way (power cut during an upgrade) leaves EF Core's lock row, which makes every later
    // Migrate wait for it forever, and may leave the ef_temp_ copies of a table rebuild whose swap never committed (the
    // originals are then intact). Only the daemon migrates and systemd runs one daemon, so both are leftovers: drop them.
    private static async Task ClearKilledMigrationAsync(System.Data.Common.DbConnection connection, CancellationToken cancellationToken)
    {
        var tables = await connection.QueryStringsAsync("SELECT name FROM sqlite_master WHERE type = 'table';", cancellationToken);
        if (tables.Contains("__EFMigrationsLock"))
        {
            await connection.ExecuteAsync("DELETE FROM \"__EFMigrationsLock\";", cancellationToken);
        }

        foreach (var leftover in tables.Where(t => t.StartsWith("ef_temp_", StringComparison.Ordinal)))
        {
            await connection.ExecuteAsync($"DROP TABLE \"{leftover}\";", cancellationToken);
        }
    }

    // The schema and the applied migrations; EF's lock table comes and goes by itself and is left out.
    private static async Task<string> SchemaFingerprintAsync(System.Data.Common.DbConnection connection, CancellationToken cancellationToken)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken);
        }

        var schema = await connection.QueryStringsAsync(
            "SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master WHERE name <> '__EFMigrationsLock' ORDER BY type, name;", cancellationToken);
        var history = schema.Any(s => s.StartsWith("table __EFMigrationsHistory ", StringComparison.Ordinal))
            ? await connection.QueryStringsAsync("SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY 1;", cancellationToken)
            : [];
        return string.Join('\n', schema.Concat(history));
    }

    // application_id marks the file as ours for DatabaseGuard; user_version counts the migrations, for humans with sqlite3.
    private static async Task StampAsync(HistoryDbContext context, int schemaVersion, CancellationToken cancellationToken)
    {
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync(cancellationToken);
        if (await connection.QueryInt64Async("PRAGMA application_id;", cancellationToken) != HistoryDatabase.ApplicationId
            || await connection.QueryInt64Async("PRAGMA user_version;", cancellationToken) != schemaVersion)
        {
            await connection.ExecuteAsync($"PRAGMA application_id = {HistoryDatabase.ApplicationId}; PRAGMA user_version = {schemaVersion};", cancellationToken);
        }
    }

    private static string Unpooled(string path, SqliteOpenMode mode) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString();
}
