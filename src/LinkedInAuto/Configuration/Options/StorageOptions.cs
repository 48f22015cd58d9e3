namespace LinkedInAuto.Configuration;

/// <summary>Backups and retention of the history database.</summary>
public sealed class StorageOptions
{
    /// <summary>Gets or sets the daily backup.</summary>
    public BackupOptions Backup { get; set; } = new();

    /// <summary>Gets or sets how long history is kept.</summary>
    public RetentionOptions Retention { get; set; } = new();
}

/// <summary>The daily consistent backup and its rotation.</summary>
public sealed class BackupOptions : IValidatableConfig
{
    /// <summary>Gets or sets a value indicating whether the daemon takes a daily backup.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Gets or sets the local time of the daily backup.</summary>
    public TimeOnly Time { get; set; } = new(3, 30);

    /// <summary>Gets or sets how many backups are kept (older ones are deleted).</summary>
    [Between(1, 365)]
    public int Keep { get; set; } = 7;

    /// <summary>Gets or sets the backup directory; empty: `backups/` in the state directory.</summary>
    public string Dir { get; set; } = string.Empty;

    /// <inheritdoc/>
    public void Validate(ConfigValidationContext context)
    {
        if (Dir.Length > 0 && !Path.IsPathRooted(Dir))
        {
            context.Error("dir", $"'{Dir}' is not valid: expected an absolute directory path, or empty for the state directory");
        }
    }
}

/// <summary>How long each kind of history is kept before `db prune` (and the daemon, daily) removes it.</summary>
public sealed class RetentionOptions
{
    /// <summary>Gets or sets how long profile visits (and the data kept about visited people) are kept.</summary>
    [DurationBetween("1d", "3650d")]
    public TimeSpan Visits { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Gets or sets how long run records are kept.</summary>
    [DurationBetween("1d", "3650d")]
    public TimeSpan Runs { get; set; } = TimeSpan.FromDays(180);

    /// <summary>Gets or sets how long debug screenshots and DOM snapshots are kept.</summary>
    [DurationBetween("1d", "365d")]
    public TimeSpan Debug { get; set; } = TimeSpan.FromDays(14);
}
