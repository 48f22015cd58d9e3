using LinkedInAuto.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LinkedInAuto.Storage.Configuration;

/// <summary>Maps <see cref="HandledInvitation"/>.</summary>
internal sealed class HandledInvitationConfiguration : IEntityTypeConfiguration<HandledInvitation>
{
    /// <inheritdoc/>
    public void Configure(EntityTypeBuilder<HandledInvitation> builder)
    {
        builder.ToTable(HistoryTables.HandledInvitations, table =>
        {
            table.HasCheckConstraint("CK_handled_invitations_state", "\"state\" IN ('Intended', 'Done', 'Failed', 'DryRun')");
            table.HasCheckConstraint("CK_handled_invitations_done_has_time", "\"state\" <> 'Done' OR \"done_utc\" IS NOT NULL");
            table.HasCheckConstraint("CK_handled_invitations_failed_has_time", "\"state\" <> 'Failed' OR \"failed_utc\" IS NOT NULL");
        });
        builder.Property(i => i.Action).HasConversion<string>();
        builder.Property(i => i.State).HasConversion<string>();
        builder.HasOne(i => i.Contact).WithMany().HasForeignKey(i => i.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Run>().WithMany().HasForeignKey(i => i.RunId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(i => new { i.ContactId, i.Action });
    }
}
