using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenCsc.CareLeavers;

namespace OpenCsc.Data.Configurations;

public sealed class CareLeaverConfiguration : IEntityTypeConfiguration<CareLeaver>
{
    public void Configure(EntityTypeBuilder<CareLeaver> builder)
    {
        builder.HasOne(c => c.Child).WithMany().HasForeignKey(c => c.ChildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.PersonalAdviser).WithMany().HasForeignKey(c => c.PersonalAdviserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.ChildId).IsUnique();
    }
}

public sealed class CareLeaverStatusConfiguration : IEntityTypeConfiguration<CareLeaverStatus>
{
    public void Configure(EntityTypeBuilder<CareLeaverStatus> builder)
    {
        builder.Property(s => s.InTouch).HasMaxLength(4);
        builder.Property(s => s.Activity).HasMaxLength(2);
        builder.Property(s => s.Accommodation).HasMaxLength(1);
        builder.HasOne(s => s.CareLeaver).WithMany(c => c.Statuses).HasForeignKey(s => s.CareLeaverId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Child).WithMany().HasForeignKey(s => s.ChildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.ChildId, s.RecordedOn });
    }
}
