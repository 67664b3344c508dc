using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Recording;

namespace OpenCsc.Accounts;

/// <summary>A break-glass access to mark as reviewed, at the version the list showed.</summary>
public sealed record AcknowledgeBreakGlassCommand(long AccessId, int? Version);

/// <summary>
/// A manager records that they have reviewed a break-glass access by someone they manage. Only an access in their
/// review list (<see cref="ListBreakGlassAccesses"/>), not their own, and only once; the change is in the audit trail
/// with the reviewer's name, like every change.
/// </summary>
public static class AcknowledgeBreakGlass
{
    /// <summary>
    /// The access reviewed; <see cref="RecordingOutcome.Refused"/> for a role that does not review;
    /// <see cref="RecordingOutcome.NotFound"/> for an access not in the person's list, or already reviewed;
    /// <see cref="RecordingOutcome.Conflict"/> when it changed after the list was shown.
    /// </summary>
    public static async Task<RecordingResult<BreakGlassAccess>> RunAsync(AppDbContext db, RecordingContext context, AcknowledgeBreakGlassCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        StaffUser reviewer = context.Scope.User;
        if (!ListBreakGlassAccesses.Acknowledges(reviewer.Role))
        {
            return Recorded.Refused;
        }

        IQueryable<BreakGlassAccess> reviewable = await ListBreakGlassAccesses.ReviewableAsync(db, reviewer, cancellationToken);
        BreakGlassAccess? access = await reviewable.FirstOrDefaultAsync(b => b.Id == command.AccessId, cancellationToken);
        if (access is null)
        {
            return Recorded.NotFound;
        }

        if (!db.IsAsSeen(access, command.Version))
        {
            return Recorded.Conflict(nameof(command.AccessId));
        }

        if (access.AcknowledgedAt is not null)
        {
            return Recorded.NotFound;
        }

        access.AcknowledgedByAccountId = reviewer.AccountId;
        // The clock the stamps and the audit entry use, in UTC as stored.
        access.AcknowledgedAt = db.UtcNowForStorage();
        return await context.SaveAsync(db, access, nameof(command.AccessId), cancellationToken);
    }
}
