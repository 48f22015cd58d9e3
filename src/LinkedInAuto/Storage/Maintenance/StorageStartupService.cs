using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LinkedInAuto.Storage.Maintenance;

/// <summary>Opens the history at daemon start, before systemd is told READY=1: guard, backup, migrations, interrupted runs.</summary>
/// <remarks>
/// Hosted services start in registration order and the host signals readiness only after every StartAsync returned, so a
/// <see cref="StorageException"/> thrown here stops the start; the daemon prints its message and exits 1.
/// </remarks>
internal sealed class StorageStartupService(MigrationRunner migrations, RunStore runs, ILogger<StorageStartupService> logger) : IHostedService
{
    /// <inheritdoc/>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await migrations.RunAsync(cancellationToken);
        var interrupted = await runs.CloseInterruptedAsync(cancellationToken);
        if (interrupted > 0)
        {
            logger.ClosedInterruptedRuns(interrupted);
        }
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken)
    {
        // Closing the pooled connections lets the last one checkpoint the WAL into the main file on a clean stop.
        SqliteConnection.ClearAllPools();
        return Task.CompletedTask;
    }
}
