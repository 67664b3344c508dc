using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenCsc.Supervision;

namespace OpenCsc.Data.Configurations;

public sealed class SupervisionSessionConfiguration : IEntityTypeConfiguration<SupervisionSession>
{
    public void Configure(EntityTypeBuilder<SupervisionSession> builder)
    {
        builder.Property(s => s.Discussion).HasMaxLength(8000);
        builder.HasOne(s => s.Worker).WithMany().HasForeignKey(s => s.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Supervisor).WithMany().HasForeignKey(s => s.SupervisorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.CaseDecisions).WithOne(d => d.SupervisionSession).HasForeignKey(d => d.SupervisionSessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.WorkerId, s.Date });
    }
}

public sealed class CaseDecisionConfiguration : IEntityTypeConfiguration<CaseDecision>
{
    public void Configure(EntityTypeBuilder<CaseDecision> builder)
    {
        builder.Property(d => d.Decision).HasMaxLength(4000);
        builder.HasOne(d => d.Child).WithMany().HasForeignKey(d => d.ChildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.ChildId);
    }
}
