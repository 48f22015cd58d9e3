using LinkedInAuto.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LinkedInAuto.Storage.Configuration;

/// <summary>Maps <see cref="SelectorStat"/>.</summary>
internal sealed class SelectorStatConfiguration : IEntityTypeConfiguration<SelectorStat>
{
    /// <inheritdoc/>
    public void Configure(EntityTypeBuilder<SelectorStat> builder)
    {
        builder.ToTable(HistoryTables.SelectorStats);
        builder.HasIndex(s => s.Key).IsUnique();
    }
}
