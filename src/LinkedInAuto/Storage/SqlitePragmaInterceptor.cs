using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LinkedInAuto.Storage;

/// <summary>Applies the history's PRAGMAs to every connection EF Core opens, because most of them last only as long as the connection.</summary>
/// <remarks>See https://www.sqlite.org/pragma.html. Sized for a Raspberry Pi 4 (4 GB) writing to an SD card.</remarks>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    /// <summary>How long a connection waits for another's write lock before failing (milliseconds).</summary>
    public const int BusyTimeoutMilliseconds = 10_000;

    /// <summary>Page cache per connection, in KiB (a negative cache_size means KiB).</summary>
    public const int CacheSizeKiB = 8 * 1024;

    /// <summary>Memory-mapped I/O window, in bytes.</summary>
    public const long MmapSizeBytes = 64L * 1024 * 1024;

    /// <summary>Size the WAL is truncated back to after a checkpoint, in bytes.</summary>
    public const long JournalSizeLimitBytes = 8L * 1024 * 1024;

    // journal_mode=WAL: readers (the CLI) never block the writer (the daemon) and a commit is one append.
    // synchronous=FULL: the WAL is fsynced at every commit, so a power cut cannot lose a committed row;
    //   NORMAL would only guarantee consistency, and an intent lost after the action means a duplicate wish.
    // busy_timeout: a writer waits for the other process's short transaction instead of failing "database is locked".
    // foreign_keys=ON: SQLite leaves them off unless asked, per connection.
    // temp_store=MEMORY: sorts and temporary indexes stay off the SD card.
    // cache_size / mmap_size: modest, the Pi also runs Chromium.
    // journal_size_limit: a WAL grown by a big prune or vacuum shrinks again instead of staying on the card.
    internal static readonly string Statements =
        "PRAGMA journal_mode = WAL;" +
        "PRAGMA synchronous = FULL;" +
        $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds};" +
        "PRAGMA foreign_keys = ON;" +
        "PRAGMA temp_store = MEMORY;" +
        $"PRAGMA cache_size = -{CacheSizeKiB};" +
        $"PRAGMA mmap_size = {MmapSizeBytes};" +
        $"PRAGMA journal_size_limit = {JournalSizeLimitBytes};";

    /// <inheritdoc/>
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Statements;
        command.ExecuteNonQuery();
    }

    /// <inheritdoc/>
    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Statements;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
