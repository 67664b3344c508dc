using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenCsc.ChildInNeed;

namespace OpenCsc.Data.Configurations;

public sealed class CinEpisodeConfiguration : IEntityTypeConfiguration<CinEpisode>
{
    public void Configure(EntityTypeBuilder<CinEpisode> builder)
    {
        builder.Property(e => e.ReferralSource).HasMaxLength(4);
        builder.Property(e => e.PrimaryNeedCode).HasMaxLength(4);
        builder.Property(e => e.ReasonForClosure).HasMaxLength(4);
        builder.HasOne(e => e.Child).WithMany().HasForeignKey(e => e.ChildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.ChildId, e.ReferralDate });
        builder.HasIndex(e => e.ReferralDate);
    }
}

public sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.HasOne(a => a.CinEpisode).WithMany(e => e.Assessments).HasForeignKey(a => a.CinEpisodeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Child).WithMany().HasForeignKey(a => a.ChildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Worker).WithMany().HasForeignKey(a => a.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.AuthorisedBy).WithMany().HasForeignKey(a => a.AuthorisedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ChildId, a.StartDate });
        builder.HasIndex(a => a.AuthorisationDate);
    }
}

public sealed class AssessmentFactorConfiguration : IEntityTypeConfiguration<AssessmentFactor>
{
    public void Configure(EntityTypeBuilder<AssessmentFactor> builder)
    {
        builder.Property(f => f.Code).HasMaxLength(4);
        builder.HasOne(f => f.Assessment).WithMany(a => a.Factors).HasForeignKey(f => f.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.AssessmentId, f.Code }).IsUnique();
    }
}

public sealed class CinPlanConfiguration : IEntityTypeConfiguration<CinPlan>
{
    public void Configure(EntityTypeBuilder<CinPlan> builder)
    {
        builder.HasOne(p => p.CinEpisode).WithMany(e => e.CinPlans).HasForeignKey(p => p.CinEpisodeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Child).WithMany().HasForeignKey(p => p.ChildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.ChildId, p.StartDate });
        builder.HasIndex(p => new { p.StartDate, p.EndDate });
    }
}
