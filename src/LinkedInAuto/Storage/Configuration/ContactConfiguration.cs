using LinkedInAuto.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LinkedInAuto.Storage.Configuration;

/// <summary>Maps <see cref="Contact"/>.</summary>
internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    /// <inheritdoc/>
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.ToTable(HistoryTables.Contacts);
        builder.HasIndex(c => c.ProfileUrl).IsUnique();
    }
}
