using LinkedInAuto.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LinkedInAuto.Storage.Configuration;

/// <summary>Maps <see cref="BirthdayWish"/>; the partial unique index makes a second real wish for one birthday impossible.</summary>
internal sealed class BirthdayWishConfiguration : IEntityTypeConfiguration<BirthdayWish>
{
    /// <inheritdoc/>
    public void Configure(EntityTypeBuilder<BirthdayWish> builder)
    {
        builder.ToTable(HistoryTables.BirthdayWishes);
        builder.Property(w => w.State).HasConversion<string>();
        builder.HasOne(w => w.Contact).WithMany().HasForeignKey(w => w.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Run>().WithMany().HasForeignKey(w => w.RunId).OnDelete(DeleteBehavior.SetNull);

        // Dry runs may repeat; anything else for the same birthday is a duplicate wish.
        builder.HasIndex(w => new { w.ContactId, w.Occurrence }).IsUnique().HasFilter("\"state\" <> 'DryRun'");
        builder.HasIndex(w => w.IntendedUtc);
    }
}
