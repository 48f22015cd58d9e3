using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LinkedInAuto.Storage.Maintenance;

/// <summary>Checks the history file before anything opens it, and refuses a damaged, read-only or foreign one.</summary>
/// <remarks>
/// It never repairs, replaces or re-creates a file: the history is what prevents duplicate wishes, so a start on an
/// empty one after a silent re-creation would be worse than not starting. Each refusal is a <see cref="StorageException"/>
/// naming the file and the next step.
/// </remarks>
public sealed class DatabaseGuard(IDbContextFactory<HistoryDbContext> contextFactory, StoragePaths paths)
{
    private const UnixFileMode AnyWrite = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;

    /// <summary>Checks the history file for <paramref name="access"/>.</summary>
    /// <exception cref="StorageException">The file cannot be used; the message says why and what to do.</exception>
    public async Task<DatabaseFileState> CheckAsync(DatabaseAccess access, CancellationToken cancellationToken = default)
    {
        var path = Path.GetFullPath(paths.DatabasePath);
        var directory = Path.GetDirectoryName(path)!;
        if (!File.Exists(path))
        {
            if (Directory.Exists(path))
            {
                throw Problem(path, "is a directory, not a database file", "move it away");
            }

            if (access == DatabaseAccess.Read)
            {
                throw new StorageException($"{path}: there is no history yet. It is created when the daemon first starts (`sudo systemctl start linkedin-auto`); if the file was moved, put it back.");
            }

            Directory.CreateDirectory(directory);
            CheckWritableDirectory(path, directory);
            return DatabaseFileState.Missing;
        }

        CheckShape(path);
        if (access == DatabaseAccess.Write)
        {
            CheckWritableDirectory(path, directory);
            foreach (var file in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
            {
                CheckWritableFile(path, file);
            }
        }

        await CheckContentAsync(path, quickCheck: access == DatabaseAccess.Write, cancellationToken);
        return DatabaseFileState.Existing;
    }

    private void CheckShape(string path)
    {
        var length = new FileInfo(path).Length;
        if (length == 0)
        {
            throw Problem(path, "is empty (0 bytes): the history it held is gone", RestoreOrMoveAway(path));
        }

        var header = SqliteHeader.TryRead(path)
            ?? throw Problem(path, "is not a SQLite database (its header is not \"SQLite format 3\")", RestoreOrMoveAway(path));
        if (header.IsTruncated(length))
        {
            var expected = header.PageCount is { } pages ? $"; the header announces {pages * header.PageSize} bytes" : string.Empty;
            throw Problem(path, $"is truncated ({length} bytes{expected})", RestoreOrMoveAway(path));
        }
    }

    private async Task CheckContentAsync(string path, bool quickCheck, CancellationToken cancellationToken)
    {
        // Read-only and unpooled: a foreign file must not be switched to WAL or otherwise written by the check itself.
        // Without a -wal file the database was closed cleanly and the main file is all there is: opening it immutable
        // then keeps SQLite from creating -wal and -shm files next to a file that may not be ours.
        var source = File.Exists(path + "-wal") ? path : new Uri(path).AbsoluteUri + "?immutable=1";
        var connectionString = new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (quickCheck)
            {
                var problems = await connection.QueryStringsAsync("PRAGMA quick_check;", cancellationToken);
                if (problems is not ["ok"])
                {
                    throw Problem(path, $"is corrupt (quick_check: {string.Join("; ", problems.Take(3))})", RestoreOrMoveAway(path));
                }
            }

            await CheckOwnershipAsync(connection, path, cancellationToken);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 11 or 26)
        {
            // SQLITE_CORRUPT, SQLITE_NOTADB.
            throw Problem(path, $"is corrupt ({ex.Message.TrimEnd('.')})", RestoreOrMoveAway(path), ex);
        }
        catch (SqliteException ex)
        {
            throw Problem(path, $"cannot be opened ({ex.Message.TrimEnd('.')})", "check its owner and permissions (the service runs as user linkedin-auto)", ex);
        }
    }

    private async Task CheckOwnershipAsync(SqliteConnection connection, string path, CancellationToken cancellationToken)
    {
        var applicationId = await connection.QueryInt64Async("PRAGMA application_id;", cancellationToken);
        if (applicationId != 0 && applicationId != HistoryDatabase.ApplicationId)
        {
            throw Problem(path, $"belongs to another application (application_id 0x{applicationId:X8})", MoveAway(path));
        }

        var tables = await connection.QueryStringsAsync("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;", cancellationToken);
        var applied = tables.Contains("__EFMigrationsHistory")
            ? await connection.QueryStringsAsync("SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY \"MigrationId\";", cancellationToken)
            : [];
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var known = context.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknownMigrations = applied.Where(id => !known.Contains(id)).ToList();

        if (applicationId == 0 && tables.Count > 0)
        {
            // Files from before the id was stamped (or a crash right after the first migration) are ours only if every table and migration is.
            var unknownTables = tables.Where(t => !IsOurTable(t)).ToList();
            if (!tables.Contains("__EFMigrationsHistory") || unknownTables.Count > 0 || unknownMigrations.Count > 0)
            {
                var what = unknownTables.Count > 0 ? $"tables LinkedInAuto does not know: {string.Join(", ", unknownTables.Take(5))}" : "no LinkedInAuto migration history";
                throw Problem(path, $"is a SQLite database of another application ({what})", MoveAway(path));
            }
        }

        if (applicationId == HistoryDatabase.ApplicationId && unknownMigrations.Count > 0)
        {
            throw Problem(path, $"was written by a newer linkedin-auto (schema {unknownMigrations[^1]} is unknown to this version)", "install that version again, or restore a backup taken before the upgrade");
        }
    }

    private static bool IsOurTable(string table) =>
        HistoryTables.All.Contains(table) || HistoryTables.EfInternal.Contains(table) || table.StartsWith("ef_temp_", StringComparison.Ordinal);

    private static void CheckWritableDirectory(string path, string directory)
    {
        var probe = Path.Combine(directory, $".linkedin-auto-write-probe-{Environment.ProcessId}");
        try
        {
            if (HasNoWriteBit(directory))
            {
                throw new UnauthorizedAccessException("no write permission bit is set");
            }

            // SQLite creates the -wal and -shm files next to the database, so the directory itself must be writable.
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            throw Problem(
                path,
                $"cannot be written: its directory {directory} is read-only ({ex.Message})",
                $"make the directory writable by the service user (`sudo chown linkedin-auto: {directory} && sudo chmod 700 {directory}`), or check that the file system is mounted read-write",
                ex);
        }
    }

    private static void CheckWritableFile(string path, string file)
    {
        try
        {
            // Root ignores permission bits; a file an administrator marked read-only (chmod a-w) is still treated as one.
            if (HasNoWriteBit(file))
            {
                throw new UnauthorizedAccessException("no write permission bit is set");
            }

            using (new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete))
            {
            }
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            throw Problem(
                path,
                file == path ? $"is read-only ({ex.Message})" : $"cannot be written: {file} is read-only ({ex.Message})",
                $"make it writable by the service user (`sudo chown linkedin-auto: {file} && sudo chmod 600 {file}`)",
                ex);
        }
    }

    private static bool HasNoWriteBit(string path) => !OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & AnyWrite) == 0;

    private string RestoreOrMoveAway(string path)
    {
        var restore = BackupRotation.List(paths.BackupDirectory) is [var newest, ..]
            ? $"restore the newest backup with the daemon stopped (`rm -f {path}-wal {path}-shm && cp {newest} {path}`; older ones are in {paths.BackupDirectory})"
            : $"restore a backup with the daemon stopped, removing {path}-wal and {path}-shm first (none found in {paths.BackupDirectory})";
        return $"{restore}, or move the file away (`mv {path} {path}.broken`) to start a new, empty history";
    }

    private static string MoveAway(string path) =>
        $"move it away (`mv {path} {path}.foreign`) or point STATE_DIRECTORY at another directory; LinkedInAuto never overwrites it";

    private static StorageException Problem(string path, string what, string nextStep, Exception? inner = null) =>
        new($"{path} {what}. Next step: {nextStep}.", inner);
}
