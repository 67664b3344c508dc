using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenCsc.ChildProtection;

namespace OpenCsc.Data.Configurations;

public sealed class StrategyDiscussionConfiguration : IEntityTypeConfiguration<StrategyDiscussion>
{
    public void Configure(EntityTypeBuilder<StrategyDiscussion> builder)
    {
        builder.Ignore(s => s.IsWorkingTogetherCompliant);
        builder.HasOne(s => s.CinEpisode).WithMany().HasForeignKey(s => s.CinEpisodeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Child).WithMany().HasForeignKey(s => s.ChildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.ChairedBy).WithMany().HasForeignKey(s => s.ChairedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.ChildId, s.Date });
        builder.HasIndex(s => s.Date);
    }
}

public sealed class Section47EnquiryConfiguration : IEntityTypeConfiguration<Section47Enquiry>
{
    public void Configure(EntityTypeBuilder<Section47Enquiry> builder)
    {
        builder.HasOne(s => s.CinEpisode).WithMany().HasForeignKey(s => s.CinEpisodeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Child).WithMany().HasForeignKey(s => s.ChildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.StrategyDiscussion).WithMany().HasForeignKey(s => s.StrategyDiscussionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(s => new { s.ChildId, s.StartDate });
        builder.HasIndex(s => s.DateOfInitialCpc);
    }
}

public sealed class ChildProtectionPlanConfiguration : IEntityTypeConfiguration<ChildProtectionPlan>
{
    public void Configure(EntityTypeBuilder<ChildProtectionPlan> builder)
    {
        builder.Property(p => p.InitialCategory).HasMaxLength(4);
        builder.Property(p => p.LatestCategory).HasMaxLength(4);
        builder.HasOne(p => p.CinEpisode).WithMany().HasForeignKey(p => p.CinEpisodeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Child).WithMany().HasForeignKey(p => p.ChildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.ChildId, p.StartDate });
        builder.HasIndex(p => new { p.StartDate, p.EndDate });
    }
}

public sealed class CpReviewConferenceConfiguration : IEntityTypeConfiguration<CpReviewConference>
{
    public void Configure(EntityTypeBuilder<CpReviewConference> builder)
    {
        builder.HasOne(r => r.ChildProtectionPlan).WithMany(p => p.Reviews).HasForeignKey(r => r.ChildProtectionPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ChildProtectionPlanId, r.Date });
    }
}

public sealed class CoreGroupMeetingConfiguration : IEntityTypeConfiguration<CoreGroupMeeting>
{
    public void Configure(EntityTypeBuilder<CoreGroupMeeting> builder)
    {
        builder.HasOne(r => r.ChildProtectionPlan).WithMany(p => p.CoreGroups).HasForeignKey(r => r.ChildProtectionPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ChildProtectionPlanId, r.Date });
    }
}
