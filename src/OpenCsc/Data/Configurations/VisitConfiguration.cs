using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenCsc.Visits;

namespace OpenCsc.Data.Configurations;

public sealed class VisitConfiguration : IEntityTypeConfiguration<Visit>
{
    public void Configure(EntityTypeBuilder<Visit> builder)
    {
        builder.Property(v => v.Note).HasMaxLength(4000);
        builder.HasOne(v => v.Child).WithMany().HasForeignKey(v => v.ChildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(v => v.Worker).WithMany().HasForeignKey(v => v.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.ChildId, v.Kind, v.VisitDate });
        builder.HasIndex(v => v.VisitDate);
    }
}
