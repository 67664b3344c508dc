using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenCsc.Audit;

namespace OpenCsc.Data.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.Property(e => e.UserId).HasMaxLength(200);
        builder.Property(e => e.UserName).HasMaxLength(200);
        builder.Property(e => e.Address).HasMaxLength(64);
        builder.Property(e => e.EntityType).HasMaxLength(100);
        builder.Property(e => e.EntityId).HasMaxLength(200);
        builder.Property(e => e.PreviousHash).HasMaxLength(64);
        builder.Property(e => e.Hash).HasMaxLength(64);

        // The auditor's two questions: who viewed this child, what did this user do.
        builder.HasIndex(e => new { e.ChildId, e.Sequence });
        builder.HasIndex(e => new { e.UserId, e.Sequence });
    }
}
