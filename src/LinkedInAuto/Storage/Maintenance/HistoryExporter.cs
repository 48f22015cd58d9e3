using System.Data.Common;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LinkedInAuto.Storage.Maintenance;

/// <summary>Exports the history as CSV or JSON, because users own their data.</summary>
/// <remarks>
/// All tables are read in one deferred (read) transaction: a consistent snapshot in WAL mode that never blocks the daemon.
/// Columns are read as stored, so a column added by a later migration is exported without code changes.
/// </remarks>
public sealed class HistoryExporter(IDbContextFactory<HistoryDbContext> contextFactory, DatabaseGuard guard, TimeProvider time)
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="tables"/> as one JSON document to <paramref name="output"/>.</summary>
    public async Task ExportJsonAsync(IReadOnlyList<string> tables, Stream output, CancellationToken cancellationToken = default)
    {
        await ReadAsync(tables, async (connection, transaction, schema) =>
        {
            await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            json.WriteStartObject();
            json.WriteString("format", "linkedin-auto-history");
            json.WriteString("schema", schema);
            json.WriteString("exported_utc", time.GetUtcNow().UtcDateTime);
            json.WriteStartObject("tables");
            foreach (var table in tables)
            {
                json.WriteStartArray(table);
                await ForEachRowAsync(connection, transaction, table, _ => Task.CompletedTask, (columns, values) =>
                {
                    json.WriteStartObject();
                    for (var i = 0; i < columns.Count; i++)
                    {
                        json.WritePropertyName(columns[i]);
                        JsonSerializer.Serialize(json, values[i]);
                    }

                    json.WriteEndObject();
                    return Task.CompletedTask;
                }, cancellationToken);
                json.WriteEndArray();
                await json.FlushAsync(cancellationToken);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }, cancellationToken);
    }

    /// <summary>Writes each of <paramref name="tables"/> as CSV (header line first) to the stream <paramref name="openTable"/> returns for it.</summary>
    public async Task ExportCsvAsync(IReadOnlyList<string> tables, Func<string, Stream> openTable, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(openTable);
        await ReadAsync(tables, async (connection, transaction, schema) =>
        {
            foreach (var table in tables)
            {
                var writer = new StreamWriter(openTable(table), s_utf8, leaveOpen: false);
                await using (writer)
                {
                    await ForEachRowAsync(
                        connection,
                        transaction,
                        table,
                        columns => CsvWriter.WriteRecordAsync(writer, columns, cancellationToken),
                        (columns, values) => CsvWriter.WriteRecordAsync(writer, values.Select(ExportValue.ToText), cancellationToken),
                        cancellationToken);
                }
            }
        }, cancellationToken);
    }

    private async Task ReadAsync(IReadOnlyList<string> tables, Func<SqliteConnection, SqliteTransaction, string, Task> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tables);
        foreach (var table in tables.Where(t => !HistoryTables.All.Contains(t)))
        {
            throw new ArgumentException($"Unknown table '{table}': expected one of {string.Join(", ", HistoryTables.All)}.", nameof(tables));
        }

        await guard.CheckAsync(DatabaseAccess.Read, cancellationToken);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var connection = (SqliteConnection)context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync(cancellationToken);
        var schema = (await context.Database.GetAppliedMigrationsAsync(cancellationToken)).LastOrDefault() ?? "empty";
        await using var transaction = BeginSnapshot(connection);
        await read(connection, transaction, schema);
    }

    // Deferred: a read transaction, the snapshot WAL gives readers, taking no write lock (there is no async overload).
    private static SqliteTransaction BeginSnapshot(SqliteConnection connection) => connection.BeginTransaction(deferred: true);

    private static async Task ForEachRowAsync(
        SqliteConnection connection, SqliteTransaction transaction, string table, Func<IReadOnlyList<string>, Task> header, Func<IReadOnlyList<string>, object?[], Task> row, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid;";
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        await header(columns);
        var values = new object?[columns.Count];
        while (await reader.ReadAsync(cancellationToken))
        {
            for (var i = 0; i < columns.Count; i++)
            {
                values[i] = ExportValue.Normalize(columns[i], reader.GetValue(i));
            }

            await row(columns, values);
        }
    }
}
