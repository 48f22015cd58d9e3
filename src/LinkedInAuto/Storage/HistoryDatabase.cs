using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Storage;

/// <summary>How the history file is identified and opened.</summary>
public static class HistoryDatabase
{
    /// <summary>The value of <c>PRAGMA application_id</c> in our files ("LAUT"), so a foreign SQLite file is recognised.</summary>
    /// <remarks>https://www.sqlite.org/fileformat.html#application_id.</remarks>
    public const int ApplicationId = 0x4C415554;

    /// <summary>Builds the connection string; only the migration runner may create the file.</summary>
    public static string ConnectionString(string path, bool create = false) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    /// <summary>Configures EF Core for the history file at <paramref name="path"/>.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string path, SqlitePragmaInterceptor interceptor) =>
        options
            .UseSqlite(ConnectionString(path), sqlite => sqlite.MigrationsAssembly(typeof(HistoryDatabase).Assembly.GetName().Name))
            .AddInterceptors(interceptor)

            // Every statement at Information would flood the journal on each run.
            .ConfigureWarnings(warnings => warnings.Log((RelationalEventId.CommandExecuted, LogLevel.Debug)));
}
