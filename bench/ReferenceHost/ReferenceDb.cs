using Microsoft.EntityFrameworkCore;

namespace ReferenceHost;

/// <summary>One table, as small as a history database gets.</summary>
internal sealed class ReferenceDb(DbContextOptions<ReferenceDb> options) : DbContext(options)
{
    public DbSet<Visit> Visits => Set<Visit>();
}

/// <summary>A row of <see cref="ReferenceDb"/>.</summary>
internal sealed class Visit
{
    public long Id { get; set; }

    public string ProfileUrl { get; set; } = string.Empty;

    public DateTimeOffset VisitedAt { get; set; }
}
