using LinkedInAuto.Storage;
using Microsoft.EntityFrameworkCore;

namespace LinkedInAuto.Tests.Storage;

/// <summary>Acceptance 1: every connection the app opens carries the history's PRAGMAs.</summary>
public sealed class PragmaTests
{
    [Fact]
    public async Task OpenedConnection_ThroughAppConfiguration_HasEveryPragma()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var context = await storage.Get<IDbContextFactory<HistoryDbContext>>().CreateDbContextAsync();
        await context.Database.OpenConnectionAsync();
        var connection = (Microsoft.Data.Sqlite.SqliteConnection)context.Database.GetDbConnection();

        Assert.Equal("wal", connection.Scalar("PRAGMA journal_mode"));
        Assert.Equal(2L, connection.Int64("PRAGMA synchronous")); // FULL
        Assert.Equal(SqlitePragmaInterceptor.BusyTimeoutMilliseconds, connection.Int64("PRAGMA busy_timeout"));
        Assert.Equal(1L, connection.Int64("PRAGMA foreign_keys"));
        Assert.Equal(2L, connection.Int64("PRAGMA temp_store")); // MEMORY
        Assert.Equal(-SqlitePragmaInterceptor.CacheSizeKiB, connection.Int64("PRAGMA cache_size"));
        Assert.Equal(SqlitePragmaInterceptor.MmapSizeBytes, connection.Int64("PRAGMA mmap_size"));
        Assert.Equal(SqlitePragmaInterceptor.JournalSizeLimitBytes, connection.Int64("PRAGMA journal_size_limit"));
        Assert.Equal(HistoryDatabase.ApplicationId, connection.Int64("PRAGMA application_id"));
        Assert.Equal(context.Database.GetMigrations().Count(), connection.Int64("PRAGMA user_version"));
    }

    [Fact]
    public async Task PooledConnection_ReopenedSynchronously_HasPragmasAgain()
    {
        await using var storage = await TestStorage.CreateAsync();
        var factory = storage.Get<IDbContextFactory<HistoryDbContext>>();
        for (var i = 0; i < 2; i++)
        {
            await using var context = await factory.CreateDbContextAsync();
#pragma warning disable CA1849 // The synchronous open is the path under test.
            context.Database.OpenConnection();
#pragma warning restore CA1849
            var connection = (Microsoft.Data.Sqlite.SqliteConnection)context.Database.GetDbConnection();
            Assert.Equal(2L, connection.Int64("PRAGMA synchronous"));
            Assert.Equal(1L, connection.Int64("PRAGMA foreign_keys"));
        }
    }
}
