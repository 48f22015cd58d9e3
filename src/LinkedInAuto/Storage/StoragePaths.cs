using LinkedInAuto.Configuration;

namespace LinkedInAuto.Storage;

/// <summary>Where the history, its backups and the debug artefacts live.</summary>
public sealed class StoragePaths(AppDirectories directories, ConfigStore config)
{
    /// <summary>Gets the history database file.</summary>
    public string DatabasePath => directories.DatabasePath;

    /// <summary>Gets the debug screenshots and DOM snapshots directory.</summary>
    public string DebugDirectory => directories.DebugDirectory;

    /// <summary>Gets the backup directory: <c>storage.backup.dir</c>, or `backups/` in the state directory.</summary>
    public string BackupDirectory
    {
        get
        {
            var configured = config.Current.Storage.Backup.Dir;
            return configured.Length > 0 ? configured : Path.Combine(directories.StateDirectory, "backups");
        }
    }
}
