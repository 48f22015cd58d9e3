using LinkedInAuto.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LinkedInAuto.Storage.Configuration;

/// <summary>Maps <see cref="Cooldown"/>.</summary>
internal sealed class CooldownConfiguration : IEntityTypeConfiguration<Cooldown>
{
    /// <inheritdoc/>
    public void Configure(EntityTypeBuilder<Cooldown> builder)
    {
        builder.ToTable(HistoryTables.Cooldowns);
        builder.HasIndex(c => c.Scope).IsUnique();
    }
}
