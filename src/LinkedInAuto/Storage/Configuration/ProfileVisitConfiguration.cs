using LinkedInAuto.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LinkedInAuto.Storage.Configuration;

/// <summary>Maps <see cref="ProfileVisit"/>.</summary>
internal sealed class ProfileVisitConfiguration : IEntityTypeConfiguration<ProfileVisit>
{
    /// <inheritdoc/>
    public void Configure(EntityTypeBuilder<ProfileVisit> builder)
    {
        builder.ToTable(HistoryTables.ProfileVisits);
        builder.HasOne(v => v.Contact).WithMany().HasForeignKey(v => v.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Run>().WithMany().HasForeignKey(v => v.RunId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(v => new { v.ContactId, v.VisitedUtc });
        builder.HasIndex(v => v.VisitedUtc);
    }
}
