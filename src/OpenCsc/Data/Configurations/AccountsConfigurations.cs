using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenCsc.Accounts;

namespace OpenCsc.Data.Configurations;

public sealed class StaffAccountConfiguration : IEntityTypeConfiguration<StaffAccount>
{
    public void Configure(EntityTypeBuilder<StaffAccount> builder)
    {
        builder.ToTable("StaffAccounts");
        builder.Property(a => a.DisplayName).HasMaxLength(200);
        builder.HasOne(a => a.Worker).WithMany().HasForeignKey(a => a.WorkerId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class StaffAccountClaimConfiguration : IEntityTypeConfiguration<IdentityUserClaim<long>>
{
    public void Configure(EntityTypeBuilder<IdentityUserClaim<long>> builder) => builder.ToTable("StaffAccountClaims");
}

public sealed class StaffAccountLoginConfiguration : IEntityTypeConfiguration<IdentityUserLogin<long>>
{
    public void Configure(EntityTypeBuilder<IdentityUserLogin<long>> builder) => builder.ToTable("StaffAccountLogins");
}

public sealed class StaffAccountTokenConfiguration : IEntityTypeConfiguration<IdentityUserToken<long>>
{
    public void Configure(EntityTypeBuilder<IdentityUserToken<long>> builder) => builder.ToTable("StaffAccountTokens");
}

public sealed class ChildAccessGrantConfiguration : IEntityTypeConfiguration<ChildAccessGrant>
{
    public void Configure(EntityTypeBuilder<ChildAccessGrant> builder)
    {
        builder.HasIndex(g => new { g.ChildId, g.StaffAccountId }).IsUnique();
        builder.HasOne(g => g.StaffAccount).WithMany().HasForeignKey(g => g.StaffAccountId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class BreakGlassAccessConfiguration : IEntityTypeConfiguration<BreakGlassAccess>
{
    public void Configure(EntityTypeBuilder<BreakGlassAccess> builder)
    {
        builder.Property(b => b.Reason).HasMaxLength(BreakGlassAccess.MaximumReasonLength);
        builder.HasIndex(b => new { b.StaffAccountId, b.ChildId, b.ExpiresAt });
        builder.HasIndex(b => b.AcknowledgedAt);
        builder.HasOne(b => b.StaffAccount).WithMany().HasForeignKey(b => b.StaffAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(b => b.AcknowledgedBy).WithMany().HasForeignKey(b => b.AcknowledgedByAccountId).OnDelete(DeleteBehavior.Restrict);
    }
}
