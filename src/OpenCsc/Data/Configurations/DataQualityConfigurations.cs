using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenCsc.DataQuality;

namespace OpenCsc.Data.Configurations;

public sealed class ValidationRunConfiguration : IEntityTypeConfiguration<ValidationRun>
{
    public void Configure(EntityTypeBuilder<ValidationRun> builder)
    {
        builder.Property(r => r.Collection).HasMaxLength(20);
        builder.Property(r => r.Trigger).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => new { r.Collection, r.RanAt });
        builder.HasMany(r => r.Failures).WithOne(f => f.ValidationRun).HasForeignKey(f => f.ValidationRunId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class DataQualityFailureConfiguration : IEntityTypeConfiguration<DataQualityFailure>
{
    public void Configure(EntityTypeBuilder<DataQualityFailure> builder)
    {
        builder.Property(f => f.Rule).HasMaxLength(20);
        builder.Property(f => f.Type).HasConversion<string>().HasMaxLength(10);
        builder.Property(f => f.TableName).HasMaxLength(40);
        builder.Property(f => f.LaChildId).HasMaxLength(50);
        builder.Property(f => f.Message).HasMaxLength(1000);
        builder.HasIndex(f => new { f.ValidationRunId, f.Rule });
        builder.HasIndex(f => new { f.ValidationRunId, f.ChildId });
    }
}

public sealed class ExplainedQueryConfiguration : IEntityTypeConfiguration<ExplainedQuery>
{
    public void Configure(EntityTypeBuilder<ExplainedQuery> builder)
    {
        builder.Property(q => q.Collection).HasMaxLength(20);
        builder.Property(q => q.Rule).HasMaxLength(20);
        builder.Property(q => q.Note).HasMaxLength(1000);
        builder.Property(q => q.ExplainedBy).HasMaxLength(200);
        builder.HasIndex(q => new { q.Collection, q.Rule, q.ChildId }).IsUnique();
    }
}
