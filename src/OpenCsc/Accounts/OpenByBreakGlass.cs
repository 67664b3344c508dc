using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Audit;
using OpenCsc.Data;
using OpenCsc.Recording;

namespace OpenCsc.Accounts;

/// <summary>A record to open by break-glass: the child, and why (trimmed).</summary>
public sealed record OpenByBreakGlassCommand(long ChildId, string? Reason);

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
    /// <summary>
    /// Opens the record (the access is the value), or: <see cref="RecordingOutcome.Refused"/> for a role that never
    /// opens a record this way, and for a restricted record (the attempt recorded in the audit trail);
    /// <see cref="RecordingOutcome.NotFound"/> for no such child; <see cref="RecordingOutcome.Invalid"/> for a reason
    /// missing, too short or too long. The child is outside the person's scope, so there is no need-to-know refusal.
    /// </summary>
    public static async Task<RecordingResult<BreakGlassAccess>> RunAsync(AppDbContext db, RecordingContext context, OpenByBreakGlassCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        if (!context.Scope.MayBreakGlass)
        {
            return Recorded.Refused;
        }

        bool? restricted = await db.Children.Where(c => c.Id == command.ChildId).Select(c => (bool?)c.IsRestricted).FirstOrDefaultAsync(cancellationToken);
        if (restricted is null)
        {
            return Recorded.NotFound;
        }

        string text = command.Reason?.Trim() ?? "";
        if (text.Length < BreakGlassAccess.MinimumReasonLength)
        {
            return Recorded.Invalid(nameof(command.Reason), text.Length == 0
                ? "Enter why you need to open this record"
                : $"The reason must be at least {BreakGlassAccess.MinimumReasonLength.ToString(CultureInfo.InvariantCulture)} characters, so your manager can judge it");
        }

        if (text.Length > BreakGlassAccess.MaximumReasonLength)
        {
            return Recorded.Invalid(nameof(command.Reason), $"The reason must be {BreakGlassAccess.MaximumReasonLength.ToString("N0", CultureInfo.GetCultureInfo("en-GB"))} characters or fewer");
        }

        // The audit entry names the person, like the access's stamps.
        db.AuditContext = context.Actor;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (restricted == true)
        {
            await AuditTrail.RecordAsync(db, AuditEvent.BrokeGlass(command.ChildId, "refused, restricted record: " + text), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return Recorded.Refused;
        }

        // The clock the stamps and the audit entry use, in UTC as stored.
        DateTime now = db.UtcNowForStorage();
        var access = new BreakGlassAccess
        {
            ChildId = command.ChildId,
            StaffAccountId = context.Scope.User.AccountId,
            Reason = text,
            OpenedAt = now,
            ExpiresAt = now + BreakGlassAccess.Duration,
        };
        db.BreakGlassAccesses.Add(access);
        RecordingResult<BreakGlassAccess> result = await context.SaveAsync(db, access, nameof(command.Reason), cancellationToken);
        if (result.IsSaved)
        {
            await AuditTrail.RecordAsync(db, AuditEvent.BrokeGlass(command.ChildId, text), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
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
