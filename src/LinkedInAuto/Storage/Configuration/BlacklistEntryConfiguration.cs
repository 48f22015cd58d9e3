using LinkedInAuto.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LinkedInAuto.Storage.Configuration;

/// <summary>Maps <see cref="BlacklistEntry"/>.</summary>
internal sealed class BlacklistEntryConfiguration : IEntityTypeConfiguration<BlacklistEntry>
{
    /// <inheritdoc/>
    public void Configure(EntityTypeBuilder<BlacklistEntry> builder)
    {
        builder.ToTable(HistoryTables.Blacklist);
        builder.HasIndex(b => b.ProfileUrl).IsUnique();
    }
}
