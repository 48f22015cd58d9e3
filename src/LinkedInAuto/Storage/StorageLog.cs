using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Storage;

/// <summary>The storage area's log events, generated so arguments are only formatted when the level is enabled.</summary>
internal static partial class StorageLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Backed up {Database} to {Backup}")]
    public static partial void BackedUp(this ILogger logger, string database, string backup);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Deleted old backup {Backup}")]
    public static partial void DeletedOldBackup(this ILogger logger, string backup);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Migrating {Database} from {From} to {To} ({Count} migrations); backup at {Backup}")]
    public static partial void Migrating(this ILogger logger, string database, string from, string to, int count, string? backup);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "History {Database} ready at schema {Schema}")]
    public static partial void Ready(this ILogger logger, string database, string schema);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "A migration of {Database} failed after changing it; restored the copy {Backup}")]
    public static partial void RestoredAfterFailedMigration(this ILogger logger, string database, string backup);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "Marked {Count} runs left open by the previous process as interrupted")]
    public static partial void ClosedInterruptedRuns(this ILogger logger, int count);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Information, Message = "Pruned history: {Visits} visits, {Runs} runs, {Contacts} contacts, {DebugFiles} debug files")]
    public static partial void Pruned(this ILogger logger, int visits, int runs, int contacts, int debugFiles);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Error, Message = "Daily {Task} failed")]
    public static partial void MaintenanceFailed(this ILogger logger, string task, Exception exception);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Information, Message = "Next daily backup and prune at {Due} (UTC)")]
    public static partial void NextMaintenance(this ILogger logger, DateTimeOffset due);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Warning, Message = "Restored {Database} from {Backup}; the previous database is kept at {Kept}")]
    public static partial void Restored(this ILogger logger, string database, string backup, string kept);
}
