using LinkedInAuto.Storage;
using LinkedInAuto.Storage.Maintenance;
using Microsoft.Data.Sqlite;

namespace LinkedInAuto.Doctor;

/// <summary>The history database: refused or not by <see cref="DatabaseGuard"/>, `PRAGMA integrity_check`, and WAL mode.</summary>
/// <remarks>Read-only throughout: the connection is opened read-only (immutable when no -wal file exists, as the guard
/// does), so neither the check nor SQLite switches, creates or repairs anything.</remarks>
public sealed class DatabaseCheck(DoctorContext context, DatabaseGuard guard, StoragePaths paths) : IDoctorCheck
{
    private const string NextStep = ". Next step: ";

    /// <inheritdoc/>
    public string Name => "database";

    /// <inheritdoc/>
    public bool UsesConfig => true;

    /// <inheritdoc/>
    public async Task<DoctorResult> RunAsync(CancellationToken cancellationToken)
    {
        var path = context.Directories.DatabasePath;
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            return DoctorResult.Pass(Name, $"{path} does not exist yet: the daemon creates it at its first start");
        }

        try
        {
            await guard.CheckAsync(DatabaseAccess.Read, cancellationToken);
        }
        catch (StorageException ex)
        {
            // The guard's messages read "<file> <problem>. Next step: <what to do>."
            var split = ex.Message.IndexOf(NextStep, StringComparison.Ordinal);
            return split < 0
                ? DoctorResult.Fail(Name, ex.Message, "see `linkedin-auto db --help`")
                : DoctorResult.Fail(Name, ex.Message[..split], ex.Message[(split + NextStep.Length)..].TrimEnd('.'));
        }

        var restore = $"stop the daemon and restore a backup (they are in {paths.BackupDirectory}; see `man linkedin-auto`)";
        List<string> problems;
        try
        {
            problems = await IntegrityProblemsAsync(path, cancellationToken);
        }
        catch (SqliteException ex)
        {
            return DoctorResult.Fail(Name, $"{path} cannot be checked: {ex.Message}", restore);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }

        if (problems.Count > 0)
        {
            return DoctorResult.Fail(Name, $"{path} failed integrity_check: {string.Join("; ", problems.Take(3))}", restore);
        }

        var size = ByteSize.Format(new FileInfo(path).Length);
        return IsWal(path)
            ? DoctorResult.Pass(Name, $"{path}: {size}, integrity ok, journal_mode wal")
            : DoctorResult.Warn(Name, $"{path}: {size}, integrity ok, but not in WAL mode (rollback journal)",
                "start the daemon once (`sudo systemctl restart linkedin-auto`): it switches the file to WAL, which keeps commits safe on power cuts and lets the CLI read while it writes");
    }

    private static async Task<List<string>> IntegrityProblemsAsync(string path, CancellationToken cancellationToken)
    {
        var source = File.Exists(path + "-wal") ? path : new Uri(path).AbsoluteUri + "?immutable=1";
        var connectionString = new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return (await connection.QueryStringsAsync("PRAGMA integrity_check;", cancellationToken)).Where(line => line != "ok").ToList();
    }

    // WAL mode is persistent and recorded in the header: file format write and read versions 2 (bytes 18 and 19),
    // https://www.sqlite.org/fileformat.html#file_format_version_numbers. Reading them needs no connection that could change them.
    private static bool IsWal(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        Span<byte> header = stackalloc byte[20];
        return stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) == header.Length && header[18] == 2 && header[19] == 2;
    }
}
