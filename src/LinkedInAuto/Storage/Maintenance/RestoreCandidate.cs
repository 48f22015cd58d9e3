using Microsoft.Data.Sqlite;

namespace LinkedInAuto.Storage.Maintenance;

/// <summary>What a file offered to `db restore` holds, once it passed every check.</summary>
/// <param name="Schema">The newest migration applied to it.</param>
/// <param name="PendingMigrations">Migrations this version would still apply at the daemon's next start.</param>
/// <param name="Runs">Rows in its runs table.</param>
/// <param name="Wishes">Rows in its birthday wishes table.</param>
public sealed record RestoreCandidate(string Schema, int PendingMigrations, long Runs, long Wishes)
{
    /// <summary>Checks a copy of the file to restore: SQLite, whole, `PRAGMA integrity_check` ok, and a LinkedInAuto history of a schema this version knows.</summary>
    /// <param name="path">The file (a private copy: it is opened read-only and immutable).</param>
    /// <param name="shownAs">The name given in messages (the user's file, not the copy).</param>
    /// <param name="knownMigrations">This version's migrations, oldest first.</param>
    /// <param name="cancellationToken">Cancels the checks.</param>
    /// <exception cref="StorageException">The file is refused; the message says why.</exception>
    public static async Task<RestoreCandidate> CheckAsync(string path, string shownAs, IReadOnlyList<string> knownMigrations, CancellationToken cancellationToken)
    {
        var length = new FileInfo(path).Length;
        var header = SqliteHeader.TryRead(path) ?? throw Refused(shownAs, "is not a SQLite database (its header is not \"SQLite format 3\")");
        if (header.IsTruncated(length))
        {
            throw Refused(shownAs, $"is truncated ({length} bytes)");
        }

        var source = new Uri(path).AbsoluteUri + "?immutable=1";
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            var problems = await connection.QueryStringsAsync("PRAGMA integrity_check;", cancellationToken);
            if (problems is not ["ok"])
            {
                throw Refused(shownAs, $"is corrupt (integrity_check: {string.Join("; ", problems.Take(3))})");
            }

            var applicationId = await connection.QueryInt64Async("PRAGMA application_id;", cancellationToken);
            if (applicationId != 0 && applicationId != HistoryDatabase.ApplicationId)
            {
                throw Refused(shownAs, $"belongs to another application (application_id 0x{applicationId:X8})");
            }

            var tables = await connection.QueryStringsAsync("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;", cancellationToken);
            var foreign = tables.Where(t => !HistoryTables.All.Contains(t) && !HistoryTables.EfInternal.Contains(t)).ToList();
            if (foreign.Count > 0 || !tables.Contains("__EFMigrationsHistory"))
            {
                var what = foreign.Count > 0 ? $"tables LinkedInAuto does not know: {string.Join(", ", foreign.Take(5))}" : "no LinkedInAuto migration history";
                throw Refused(shownAs, $"is not a LinkedInAuto history ({what})");
            }

            var applied = await connection.QueryStringsAsync("SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY \"MigrationId\";", cancellationToken);
            var unknown = applied.Where(id => !knownMigrations.Contains(id)).ToList();
            if (unknown.Count > 0)
            {
                throw Refused(shownAs, $"was written by a newer linkedin-auto (schema {unknown[^1]} is unknown to this version)");
            }

            if (applied.Count == 0 || !tables.Contains(HistoryTables.Runs) || !tables.Contains(HistoryTables.BirthdayWishes))
            {
                throw Refused(shownAs, "is not a LinkedInAuto history (its schema was never created)");
            }

            var runs = await connection.QueryInt64Async($"SELECT count(*) FROM \"{HistoryTables.Runs}\";", cancellationToken);
            var wishes = await connection.QueryInt64Async($"SELECT count(*) FROM \"{HistoryTables.BirthdayWishes}\";", cancellationToken);
            return new RestoreCandidate(applied[^1], knownMigrations.Count(id => !applied.Contains(id)), runs, wishes);
        }
        catch (SqliteException ex)
        {
            throw Refused(shownAs, $"cannot be read as a database ({ex.Message.TrimEnd('.')})", ex);
        }
    }

    private static StorageException Refused(string path, string what, Exception? inner = null) =>
        new($"{path} {what}: refused, nothing was changed.", inner);
}
