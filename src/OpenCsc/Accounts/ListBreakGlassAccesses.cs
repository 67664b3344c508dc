using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;

namespace OpenCsc.Accounts;

/// <summary>
/// One break-glass access as a manager reviews it: who, when, which child (by reference), why, whether reviewed, and
/// the row version the review form carries.
/// </summary>
public sealed record BreakGlassRow(
    long Id,
    DateTime OpenedAt,
    DateTime ExpiresAt,
    string Person,
    StaffRole PersonRole,
    long ChildId,
    string Reason,
    string? AcknowledgedBy,
    DateTime? AcknowledgedAt,
    int Version);

/// <summary>
/// The break-glass accesses a person reviews: a team manager those of the people in their team and of the workers they
/// manage; a head of service those of the people in the teams of their services; a QA auditor every one (read-only).
/// Nobody reviews their own. Those not yet acknowledged come first, newest first. The list names the child by reference
/// only: the reviewer may not be entitled to the child's record.
/// </summary>
public static class ListBreakGlassAccesses
{
    /// <summary>Whether the role reviews break-glass accesses at all.</summary>
    public static bool Reviews(StaffRole role) => role is StaffRole.TeamManager or StaffRole.HeadOfService or StaffRole.QaAuditor;

    /// <summary>Whether the role acknowledges them (auditors read them only).</summary>
    public static bool Acknowledges(StaffRole role) => role is StaffRole.TeamManager or StaffRole.HeadOfService;

    public static async Task<IReadOnlyList<BreakGlassRow>> RunAsync(AppDbContext db, StaffUser reviewer, bool includeAcknowledged, CancellationToken cancellationToken = default)
    {
        IQueryable<BreakGlassAccess> accesses = await ReviewableAsync(db, reviewer, cancellationToken);
        if (!includeAcknowledged)
        {
            accesses = accesses.Where(b => b.AcknowledgedAt == null);
        }

        return await accesses
            .OrderBy(b => b.AcknowledgedAt != null).ThenByDescending(b => b.OpenedAt).ThenByDescending(b => b.Id)
            .Select(b => new BreakGlassRow(
                b.Id, b.OpenedAt, b.ExpiresAt, b.StaffAccount!.DisplayName, b.StaffAccount.Role, b.ChildId, b.Reason,
                b.AcknowledgedBy == null ? null : b.AcknowledgedBy.DisplayName, b.AcknowledgedAt, b.RowVersion))
            .Take(500)
            .ToListAsync(cancellationToken);
    }

    /// <summary>How many accesses wait for this person's review (zero for roles that do not acknowledge).</summary>
    public static async Task<int> CountToReviewAsync(AppDbContext db, StaffUser reviewer, CancellationToken cancellationToken = default) =>
        Acknowledges(reviewer.Role)
            ? await (await ReviewableAsync(db, reviewer, cancellationToken)).CountAsync(b => b.AcknowledgedAt == null, cancellationToken)
            : 0;

    /// <summary>The accesses this person reviews, as a query (the same rule for listing and acknowledging).</summary>
    public static async Task<IQueryable<BreakGlassAccess>> ReviewableAsync(AppDbContext db, StaffUser reviewer, CancellationToken cancellationToken = default)
    {
        long self = reviewer.AccountId;
        IQueryable<BreakGlassAccess> others = db.BreakGlassAccesses.Where(b => b.StaffAccountId != self);
        long worker = reviewer.WorkerId ?? -1;
        switch (reviewer.Role)
        {
            case StaffRole.QaAuditor:
                return others;
            case StaffRole.TeamManager:
                long team = await db.Workers.Where(w => w.Id == worker).Select(w => w.TeamId).FirstOrDefaultAsync(cancellationToken) ?? -1;
                return others.Where(b => b.StaffAccount!.Worker != null
                    && (b.StaffAccount.Worker.TeamId == team || b.StaffAccount.Worker.ManagerId == worker));
            case StaffRole.HeadOfService:
                List<long> services = await db.Services.Where(s => s.HeadOfServiceId == worker).Select(s => s.Id).ToListAsync(cancellationToken);
                return others.Where(b => b.StaffAccount!.Worker != null
                    && (services.Contains(b.StaffAccount.Worker.Team!.ServiceId) || b.StaffAccount.Worker.ManagerId == worker));
            default:
                return others.Where(b => false);
        }
    }
}
