using System.Data.Common;
using System.Globalization;

namespace LinkedInAuto.Storage.Maintenance;

/// <summary>Small ADO.NET helpers for the maintenance commands that talk to SQLite directly.</summary>
internal static class SqliteConnectionExtensions
{
    /// <summary>Runs <paramref name="sql"/> and returns the first column of every row as text.</summary>
    public static async Task<List<string>> QueryStringsAsync(this DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var values = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture) ?? string.Empty);
        }

        return values;
    }

    /// <summary>Runs <paramref name="sql"/> and returns the first column of the first row as an integer.</summary>
    public static async Task<long> QueryInt64Async(this DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>Runs a statement that returns nothing.</summary>
    public static async Task ExecuteAsync(this DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
