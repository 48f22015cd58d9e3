using LinkedInAuto.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LinkedInAuto.Storage.Configuration;

/// <summary>Maps <see cref="ActionLedgerEntry"/>.</summary>
internal sealed class ActionLedgerEntryConfiguration : IEntityTypeConfiguration<ActionLedgerEntry>
{
    /// <inheritdoc/>
    public void Configure(EntityTypeBuilder<ActionLedgerEntry> builder)
    {
        builder.ToTable(HistoryTables.ActionLedger);
        builder.Property(e => e.Kind).HasConversion<string>();
        builder.HasOne<Run>().WithMany().HasForeignKey(e => e.RunId).OnDelete(DeleteBehavior.SetNull);

        // Quota reads are "how many since the start of this local week", by kind.
        builder.HasIndex(e => new { e.AtUtc, e.Kind });
    }
}
