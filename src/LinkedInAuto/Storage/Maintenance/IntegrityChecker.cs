using Microsoft.EntityFrameworkCore;

namespace LinkedInAuto.Storage.Maintenance;

/// <summary>Runs SQLite's full consistency checks on the history.</summary>
public sealed class IntegrityChecker(IDbContextFactory<HistoryDbContext> contextFactory, DatabaseGuard guard)
{
    /// <summary>Runs `PRAGMA integrity_check` and `PRAGMA foreign_key_check`.</summary>
    /// <returns>The problems found; empty when the database is sound.</returns>
    public async Task<IReadOnlyList<string>> CheckAsync(CancellationToken cancellationToken = default)
    {
        await guard.CheckAsync(DatabaseAccess.Read, cancellationToken);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync(cancellationToken);
        var problems = (await connection.QueryStringsAsync("PRAGMA integrity_check;", cancellationToken)).Where(line => line != "ok").ToList();
        foreach (var row in await connection.QueryStringsAsync(
            "SELECT \"table\" || ' row ' || rowid || ' refers to a missing ' || parent FROM pragma_foreign_key_check;", cancellationToken))
        {
            problems.Add("foreign key: " + row);
        }

        return problems;
    }
}
