using LinkedInAuto.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LinkedInAuto.Storage.Configuration;

/// <summary>Maps <see cref="Run"/>.</summary>
internal sealed class RunConfiguration : IEntityTypeConfiguration<Run>
{
    /// <inheritdoc/>
    public void Configure(EntityTypeBuilder<Run> builder)
    {
        // A run is either open (no end, no outcome) or closed (both): never half-finished.
        builder.ToTable(HistoryTables.Runs, table => table.HasCheckConstraint("CK_runs_closed_together", "(\"ended_utc\" IS NULL) = (\"outcome\" IS NULL)"));
        builder.Property(r => r.Trigger).HasConversion<string>();
        builder.Property(r => r.Outcome).HasConversion<string>();
        builder.HasIndex(r => new { r.Bot, r.StartedUtc });
        builder.HasIndex(r => r.StartedUtc);
    }
}
