using System.Globalization;
using Microsoft.Data.Sqlite;

namespace LinkedInAuto.Tests.Storage;

internal static class SqliteTestExtensions
{
    public static object? Scalar(this SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public static long Int64(this SqliteConnection connection, string sql) =>
        Convert.ToInt64(connection.Scalar(sql), CultureInfo.InvariantCulture);

    public static List<string> Strings(this SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    /// <summary>Rows as `column=value` pairs in column-name order, so a table rebuild that reorders columns compares equal.</summary>
    public static List<string> NamedRows(this SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount)
                .OrderBy(reader.GetName, StringComparer.Ordinal)
                .Select(i => reader.GetName(i) + "=" + Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    public static void Execute(this SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Every table's schema and rows, to compare a database before and after.</summary>
    public static string Dump(this SqliteConnection connection)
    {
        var lines = new List<string>();
        foreach (var table in connection.Strings("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('__EFMigrationsLock') ORDER BY name"))
        {
            lines.Add("## " + connection.Scalar($"SELECT sql FROM sqlite_master WHERE name = '{table}'"));
            lines.AddRange(connection.Strings($"SELECT * FROM \"{table}\" ORDER BY rowid"));
        }

        lines.AddRange(connection.Strings("SELECT type || ' ' || name FROM sqlite_master WHERE type = 'index' ORDER BY name"));
        return string.Join('\n', lines);
    }
}
