using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenCsc.LookedAfter;

namespace OpenCsc.Data.Configurations;

public sealed class PeriodOfCareConfiguration : IEntityTypeConfiguration<PeriodOfCare>
{
    public void Configure(EntityTypeBuilder<PeriodOfCare> builder)
    {
        builder.HasOne(p => p.Child).WithMany().HasForeignKey(p => p.ChildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.ChildId, p.StartDate });
        builder.HasIndex(p => new { p.StartDate, p.EndDate });
    }
}

public sealed class CareEpisodeConfiguration : IEntityTypeConfiguration<CareEpisode>
{
    public void Configure(EntityTypeBuilder<CareEpisode> builder)
    {
        builder.Property(e => e.ReasonForNewEpisode).HasMaxLength(2);
        builder.Property(e => e.LegalStatus).HasMaxLength(3);
        builder.Property(e => e.CategoryOfNeed).HasMaxLength(3);
        builder.Property(e => e.PlacementType).HasMaxLength(4);
        builder.Property(e => e.PlacementProvider).HasMaxLength(4);
        builder.Property(e => e.ReasonEpisodeCeased).HasMaxLength(4);
        builder.Property(e => e.ReasonForPlacementChange).HasMaxLength(6);
        builder.Property(e => e.HomePostcode).HasMaxLength(8);
        builder.Property(e => e.PlacementPostcode).HasMaxLength(8);
        builder.Property(e => e.PlacementUrn).HasMaxLength(10);
        builder.Property(e => e.PlacementLocalAuthority).HasMaxLength(3);
        builder.HasOne(e => e.PeriodOfCare).WithMany(p => p.Episodes).HasForeignKey(e => e.PeriodOfCareId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Child).WithMany().HasForeignKey(e => e.ChildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.ChildId, e.StartDate });
        builder.HasIndex(e => new { e.StartDate, e.EndDate });
    }
}

public sealed class LacReviewConfiguration : IEntityTypeConfiguration<LacReview>
{
    public void Configure(EntityTypeBuilder<LacReview> builder)
    {
        builder.Property(r => r.ParticipationCode).HasMaxLength(3);
        builder.HasOne(r => r.Child).WithMany().HasForeignKey(r => r.ChildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Iro).WithMany().HasForeignKey(r => r.IroId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.ChildId, r.Date });
        builder.HasIndex(r => r.Date);
    }
}

public sealed class IroAllocationConfiguration : IEntityTypeConfiguration<IroAllocation>
{
    public void Configure(EntityTypeBuilder<IroAllocation> builder)
    {
        builder.HasOne(a => a.Child).WithMany().HasForeignKey(a => a.ChildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Iro).WithMany().HasForeignKey(a => a.IroId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ChildId, a.StartDate });
        builder.HasIndex(a => new { a.IroId, a.StartDate });
    }
}

public sealed class HealthAssessmentConfiguration : IEntityTypeConfiguration<HealthAssessment>
{
    public void Configure(EntityTypeBuilder<HealthAssessment> builder)
    {
        builder.HasOne(h => h.Child).WithMany().HasForeignKey(h => h.ChildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(h => new { h.ChildId, h.Kind, h.Date });
    }
}

public sealed class AnnualHealthOutcomesConfiguration : IEntityTypeConfiguration<AnnualHealthOutcomes>
{
    public void Configure(EntityTypeBuilder<AnnualHealthOutcomes> builder)
    {
        builder.Property(o => o.SdqReason).HasMaxLength(4);
        builder.HasOne(o => o.Child).WithMany().HasForeignKey(o => o.ChildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => new { o.ChildId, o.YearEnding }).IsUnique();
    }
}

public sealed class MissingEpisodeConfiguration : IEntityTypeConfiguration<MissingEpisode>
{
    public void Configure(EntityTypeBuilder<MissingEpisode> builder)
    {
        builder.HasOne(m => m.Child).WithMany().HasForeignKey(m => m.ChildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.RhiWorker).WithMany().HasForeignKey(m => m.RhiWorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.ChildId, m.StartDate });
        builder.HasIndex(m => m.EndDate);
    }
}

public sealed class LegalOrderConfiguration : IEntityTypeConfiguration<LegalOrder>
{
    public void Configure(EntityTypeBuilder<LegalOrder> builder)
    {
        builder.HasOne(o => o.Child).WithMany().HasForeignKey(o => o.ChildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => new { o.ChildId, o.Kind, o.DateMade });
    }
}

public sealed class AdoptionDecisionConfiguration : IEntityTypeConfiguration<AdoptionDecision>
{
    public void Configure(EntityTypeBuilder<AdoptionDecision> builder)
    {
        builder.Property(d => d.ReasonCeased).HasMaxLength(4);
        builder.HasOne(d => d.Child).WithMany().HasForeignKey(d => d.ChildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.ChildId, d.DecisionDate });
    }
}

public sealed class AdoptionConfiguration : IEntityTypeConfiguration<Adoption>
{
    public void Configure(EntityTypeBuilder<Adoption> builder)
    {
        builder.Property(a => a.FamilyIdentifier).HasMaxLength(40);
        builder.Property(a => a.SexOfAdopters).HasMaxLength(2);
        builder.Property(a => a.LegalStatusOfAdopters).HasMaxLength(3);
        builder.HasOne(a => a.Child).WithMany().HasForeignKey(a => a.ChildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.ChildId);
    }
}

public sealed class ProspectiveAdopterConfiguration : IEntityTypeConfiguration<ProspectiveAdopter>
{
    public void Configure(EntityTypeBuilder<ProspectiveAdopter> builder)
    {
        builder.Property(a => a.AdopterIdentifier).HasMaxLength(40);
        builder.HasIndex(a => a.AdopterIdentifier).IsUnique();
        builder.Property(a => a.FamilyIdentifier).HasMaxLength(40);
        builder.Property(a => a.Sex).HasMaxLength(1);
        builder.Property(a => a.Ethnicity).HasMaxLength(4);
    }
}

public sealed class PreviousPermanenceConfiguration : IEntityTypeConfiguration<PreviousPermanence>
{
    public void Configure(EntityTypeBuilder<PreviousPermanence> builder)
    {
        builder.Property(p => p.PreviousPermanenceCode).HasMaxLength(2);
        builder.Property(p => p.LocalAuthority).HasMaxLength(3);
        builder.Property(p => p.DateOfPermanence).HasMaxLength(10);
        builder.HasOne(p => p.Child).WithMany().HasForeignKey(p => p.ChildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.ChildId);
    }
}

public sealed class SocialWorkerEpisodeConfiguration : IEntityTypeConfiguration<SocialWorkerEpisode>
{
    public void Configure(EntityTypeBuilder<SocialWorkerEpisode> builder)
    {
        builder.Property(s => s.SocialWorkerId).HasMaxLength(40);
        builder.Property(s => s.ReasonForChange).HasMaxLength(6);
        builder.HasOne(s => s.Child).WithMany().HasForeignKey(s => s.ChildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Worker).WithMany().HasForeignKey(s => s.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.ChildId, s.StartDate });
    }
}
