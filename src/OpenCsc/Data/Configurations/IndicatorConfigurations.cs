using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenCsc.Indicators.Comparators;
using OpenCsc.Indicators.Targets;

namespace OpenCsc.Data.Configurations;

public sealed class ComparatorConfiguration : IEntityTypeConfiguration<Comparator>
{
    public void Configure(EntityTypeBuilder<Comparator> builder)
    {
        builder.Property(c => c.IndicatorCode).HasMaxLength(40);
        builder.Property(c => c.Area).HasMaxLength(100);
        builder.Property(c => c.Source).HasMaxLength(500);
        builder.Property(c => c.SourceAddress).HasMaxLength(500);
        builder.HasIndex(c => new { c.IndicatorCode, c.Area, c.Year }).IsUnique();
    }
}

public sealed class IndicatorTargetConfiguration : IEntityTypeConfiguration<IndicatorTarget>
{
    public void Configure(EntityTypeBuilder<IndicatorTarget> builder)
    {
        builder.Property(t => t.IndicatorCode).HasMaxLength(40);
        builder.Property(t => t.Reason).HasMaxLength(500);
        builder.HasIndex(t => t.IndicatorCode).IsUnique();
    }
}
