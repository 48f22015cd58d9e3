using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace ReferenceHost;

/// <summary>At start, before READY=1: creates the schema if needed, switches to WAL and runs one query.</summary>
internal sealed class DatabaseStartup(IDbContextFactory<ReferenceDb> factory) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.Database.EnsureCreatedAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        _ = await db.Visits.CountAsync(v => v.ProfileUrl.StartsWith("https:"), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
