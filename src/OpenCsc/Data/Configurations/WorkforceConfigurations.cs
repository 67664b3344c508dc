using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenCsc.Borough;
using OpenCsc.Workforce;

namespace OpenCsc.Data.Configurations;

public sealed class AuthorityConfiguration : IEntityTypeConfiguration<Authority>
{
    public void Configure(EntityTypeBuilder<Authority> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.LaCode).HasMaxLength(3);
    }
}

public sealed class PopulationEstimateConfiguration : IEntityTypeConfiguration<PopulationEstimate>
{
    public void Configure(EntityTypeBuilder<PopulationEstimate> builder) => builder.HasIndex(p => p.Year).IsUnique();
}

public sealed class ServiceConfiguration : IEntityTypeConfiguration<Service>
{
    public void Configure(EntityTypeBuilder<Service> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.HasIndex(s => s.Name).IsUnique();
        builder.HasOne<Worker>().WithMany().HasForeignKey(s => s.HeadOfServiceId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.HasIndex(t => t.Name).IsUnique();
        builder.HasOne(t => t.Service).WithMany(s => s.Teams).HasForeignKey(t => t.ServiceId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class WorkerConfiguration : IEntityTypeConfiguration<Worker>
{
    public void Configure(EntityTypeBuilder<Worker> builder)
    {
        builder.Property(w => w.StaffNumber).HasMaxLength(40);
        builder.HasIndex(w => w.StaffNumber).IsUnique();
        builder.Property(w => w.FirstName).HasMaxLength(100);
        builder.Property(w => w.LastName).HasMaxLength(100);
        builder.Ignore(w => w.DisplayName);
        builder.HasOne(w => w.Team).WithMany().HasForeignKey(w => w.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(w => w.Manager).WithMany().HasForeignKey(w => w.ManagerId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class AllocationConfiguration : IEntityTypeConfiguration<Allocation>
{
    public void Configure(EntityTypeBuilder<Allocation> builder)
    {
        builder.HasOne(a => a.Child).WithMany().HasForeignKey(a => a.ChildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Team).WithMany().HasForeignKey(a => a.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Worker).WithMany().HasForeignKey(a => a.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ChildId, a.StartDate });
        builder.HasIndex(a => new { a.WorkerId, a.StartDate });
        builder.HasIndex(a => new { a.TeamId, a.StartDate });
    }
}
