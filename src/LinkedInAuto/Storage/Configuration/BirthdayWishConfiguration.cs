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
        // The invariants a crash must never break are enforced by SQLite itself: a sent wish always has its text and time.
        builder.ToTable(HistoryTables.BirthdayWishes, table =>
        {
            table.HasCheckConstraint("CK_birthday_wishes_state", "\"state\" IN ('Intended', 'Sent', 'Verified', 'Failed', 'DryRun', 'FoundInConversation')");
            table.HasCheckConstraint("CK_birthday_wishes_sent_has_text", "\"state\" NOT IN ('Sent', 'Verified') OR (\"text\" IS NOT NULL AND \"sent_utc\" IS NOT NULL)");
            table.HasCheckConstraint("CK_birthday_wishes_verified_has_time", "\"state\" <> 'Verified' OR \"verified_utc\" IS NOT NULL");
            table.HasCheckConstraint("CK_birthday_wishes_failed_has_time", "\"state\" <> 'Failed' OR \"failed_utc\" IS NOT NULL");
        });
        builder.Property(w => w.State).HasConversion<string>();
        builder.HasOne(w => w.Contact).WithMany().HasForeignKey(w => w.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Run>().WithMany().HasForeignKey(w => w.RunId).OnDelete(DeleteBehavior.SetNull);

        // Dry runs may repeat; anything else for the same birthday is a duplicate wish.
        builder.HasIndex(w => new { w.ContactId, w.Occurrence }).IsUnique().HasFilter("\"state\" <> 'DryRun'");
        builder.HasIndex(w => w.IntendedUtc);
    }
}
