using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenCsc.FrontDoor;

namespace OpenCsc.Data.Configurations;

public sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.Property(c => c.Source).HasMaxLength(4);
        builder.Property(c => c.Concern).HasMaxLength(4000);
        builder.HasOne(c => c.RecordedBy).WithMany().HasForeignKey(c => c.RecordedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Child).WithMany().HasForeignKey(c => c.ChildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.DecidedBy).WithMany().HasForeignKey(c => c.DecidedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.CinEpisode).WithMany().HasForeignKey(c => c.CinEpisodeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => new { c.ChildId, c.ReceivedAt });
        builder.HasIndex(c => c.ReceivedAt);
        builder.HasIndex(c => c.DecisionAt);
    }
}

public sealed class EarlyHelpEpisodeConfiguration : IEntityTypeConfiguration<EarlyHelpEpisode>
{
    public void Configure(EntityTypeBuilder<EarlyHelpEpisode> builder)
    {
        builder.HasOne(e => e.Child).WithMany().HasForeignKey(e => e.ChildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Team).WithMany().HasForeignKey(e => e.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.LeadProfessional).WithMany().HasForeignKey(e => e.LeadProfessionalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.ChildId, e.StartDate });
        builder.HasIndex(e => new { e.StartDate, e.EndDate });
    }
}
