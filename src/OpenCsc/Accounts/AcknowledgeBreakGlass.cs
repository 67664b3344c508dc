using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;

namespace OpenCsc.Accounts;

/// <summary>
/// A manager records that they have reviewed a break-glass access by someone they manage. Only an access in their
/// review list (<see cref="ListBreakGlassAccesses"/>), not their own, and only once; the change is in the audit trail
/// with the reviewer's name, like every change.
/// </summary>
public static class AcknowledgeBreakGlass
{
    public static async Task<bool> RunAsync(AppDbContext db, StaffUser reviewer, long accessId, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(reviewer);
        if (!ListBreakGlassAccesses.Acknowledges(reviewer.Role))
        {
            return false;
        }

        IQueryable<BreakGlassAccess> reviewable = await ListBreakGlassAccesses.ReviewableAsync(db, reviewer, cancellationToken);
        BreakGlassAccess? access = await reviewable.FirstOrDefaultAsync(b => b.Id == accessId && b.AcknowledgedAt == null, cancellationToken);
        if (access is null)
        {
            return false;
        }

        access.AcknowledgedByAccountId = reviewer.AccountId;
        access.AcknowledgedAt = BreakGlassAccess.Stored(nowUtc);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
