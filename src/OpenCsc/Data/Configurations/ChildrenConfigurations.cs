using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenCsc.Children;

namespace OpenCsc.Data.Configurations;

public sealed class ChildConfiguration : IEntityTypeConfiguration<Child>
{
    public void Configure(EntityTypeBuilder<Child> builder)
    {
        builder.Property(c => c.LaChildId).HasMaxLength(40);
        builder.HasIndex(c => c.LaChildId).IsUnique();
        builder.Property(c => c.FirstName).HasMaxLength(100);
        builder.Property(c => c.LastName).HasMaxLength(100);
        builder.HasIndex(c => new { c.LastName, c.FirstName });
        builder.Property(c => c.Upn).HasMaxLength(13);
        builder.Property(c => c.FormerUpn).HasMaxLength(13);
        builder.Property(c => c.UpnUnknownReason).HasMaxLength(4);
        builder.Property(c => c.NhsNumber).HasMaxLength(10);
        builder.Property(c => c.Sex).HasMaxLength(1);
        builder.Property(c => c.Gender).HasMaxLength(40);
        builder.Property(c => c.Ethnicity).HasMaxLength(4);
        builder.Property(c => c.HomePostcode).HasMaxLength(8);
        builder.Property(c => c.Lsoa).HasMaxLength(9);
        builder.Ignore(c => c.FullName);
        builder.HasOne(c => c.Mother).WithMany().HasForeignKey(c => c.MotherId).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class ChildDisabilityConfiguration : IEntityTypeConfiguration<ChildDisability>
{
    public void Configure(EntityTypeBuilder<ChildDisability> builder)
    {
        builder.Property(d => d.Code).HasMaxLength(4);
        builder.HasOne(d => d.Child).WithMany(c => c.Disabilities).HasForeignKey(d => d.ChildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.ChildId, d.Code }).IsUnique();
    }
}
