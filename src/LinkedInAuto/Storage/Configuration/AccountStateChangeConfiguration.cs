using LinkedInAuto.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LinkedInAuto.Storage.Configuration;

/// <summary>Maps <see cref="AccountStateChange"/>.</summary>
internal sealed class AccountStateChangeConfiguration : IEntityTypeConfiguration<AccountStateChange>
{
    /// <inheritdoc/>
    public void Configure(EntityTypeBuilder<AccountStateChange> builder)
    {
        builder.ToTable(HistoryTables.AccountStates);
        builder.Property(s => s.State).HasConversion<string>();
    }
}
