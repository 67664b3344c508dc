using Microsoft.EntityFrameworkCore;
using OpenCsc.Audit;
using OpenCsc.Data;

namespace OpenCsc.Accounts;

/// <summary>How an attempt to open a record by break-glass ended.</summary>
public enum BreakGlassOutcome
{
    /// <summary>The record is open to the person until the access ends.</summary>
    Opened,

    /// <summary>The reason is missing or too short or long: see the error.</summary>
    ReasonNeeded,

    /// <summary>The person's role never opens a child's record this way.</summary>
    NotAllowed,

    /// <summary>A restricted record: only the people named on it see it, break-glass or not.</summary>
    Restricted,

    /// <summary>No such child.</summary>
    NoSuchChild,
}

/// <summary>
/// Break-glass: a practitioner opens a child's record outside their need-to-know scope by giving a reason (an emergency
/// duty call, a sibling's case, a MASH enquiry about a child already open elsewhere). The access and the reason are
/// saved, and the audit trail records the break-glass, in one transaction; the record stays open to them for
/// <see cref="BreakGlassAccess.Duration"/>, and the access is listed for their team manager or head of service to
/// review (<see cref="ListBreakGlassAccesses"/>). Restricted records cannot be opened this way; the attempt is still
/// recorded in the audit trail.
/// </summary>
public static class OpenByBreakGlass
{
    public static async Task<(BreakGlassOutcome Outcome, BreakGlassAccess? Access, string? Error)> RunAsync(
        AppDbContext db, ChildScope scope, long childId, string? reason, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.MayBreakGlass)
        {
            return (BreakGlassOutcome.NotAllowed, null, null);
        }

        bool? restricted = await db.Children.Where(c => c.Id == childId).Select(c => (bool?)c.IsRestricted).FirstOrDefaultAsync(cancellationToken);
        if (restricted is null)
        {
            return (BreakGlassOutcome.NoSuchChild, null, null);
        }

        string text = reason?.Trim() ?? "";
        if (text.Length < BreakGlassAccess.MinimumReasonLength)
        {
            return (BreakGlassOutcome.ReasonNeeded, null, text.Length == 0
                ? "Enter why you need to open this record"
                : $"The reason must be at least {BreakGlassAccess.MinimumReasonLength} characters, so your manager can judge it");
        }

        if (text.Length > BreakGlassAccess.MaximumReasonLength)
        {
            return (BreakGlassOutcome.ReasonNeeded, null, $"The reason must be {BreakGlassAccess.MaximumReasonLength:N0} characters or fewer");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (restricted == true)
        {
            await AuditTrail.RecordAsync(db, AuditEvent.BrokeGlass(childId, "refused, restricted record: " + text), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (BreakGlassOutcome.Restricted, null, null);
        }

        var access = new BreakGlassAccess
        {
            ChildId = childId,
            StaffAccountId = scope.User.AccountId,
            Reason = text,
            OpenedAt = BreakGlassAccess.Stored(nowUtc),
            ExpiresAt = BreakGlassAccess.Stored(nowUtc + BreakGlassAccess.Duration),
        };
        db.BreakGlassAccesses.Add(access);
        await db.SaveChangesAsync(cancellationToken);
        await AuditTrail.RecordAsync(db, AuditEvent.BrokeGlass(childId, text), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (BreakGlassOutcome.Opened, access, null);
    }

    /// <summary>The person's break-glass access to the child that is open now, if any (for the banner on the record).</summary>
    public static Task<BreakGlassAccess?> OpenAccessAsync(AppDbContext db, long accountId, long childId, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        DateTime now = BreakGlassAccess.Stored(nowUtc);
        return db.BreakGlassAccesses.AsNoTracking()
            .Where(b => b.StaffAccountId == accountId && b.ChildId == childId && b.ExpiresAt > now)
            .OrderByDescending(b => b.ExpiresAt)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
