using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;

namespace OpenCsc.Audit;

/// <summary>Which entries an auditor asked for: about one child, or by one user; optionally one action only.</summary>
public sealed record AuditQuery(long? ChildId = null, string? UserId = null, AuditAction? Action = null, int Limit = ListAuditEntries.DefaultLimit);

/// <summary>
/// The auditor's questions, newest first: who viewed (or changed) this child's record, alone or in a list, and what
/// this user viewed (or did). Used by `opencsc audit list` and the audit page.
/// </summary>
public static class ListAuditEntries
{
    public const int DefaultLimit = 500;

    /// <exception cref="ArgumentException">The query names neither a child nor a user.</exception>
    public static async Task<IReadOnlyList<AuditEntry>> RunAsync(AppDbContext db, AuditQuery query, CancellationToken cancellationToken = default)
    {
        if (query.ChildId is null && string.IsNullOrWhiteSpace(query.UserId))
        {
            throw new ArgumentException("Name a child or a user.", nameof(query));
        }

        IQueryable<AuditEntry> entries = db.AuditEntries.AsNoTracking();
        if (query.ChildId is { } childId)
        {
            // A list page's view names its children in the details: those entries answer "who saw this child" too.
            IReadOnlyList<string> listed = AuditEvent.ListedChildPatterns(childId);
            string first = listed[0], middle = listed[1], last = listed[2], only = listed[3];
            entries = entries.Where(e => e.ChildId == childId
                || (e.ChildId == null && (e.Action == AuditAction.View || e.Action == AuditAction.Export) && e.Details != null
                    && (e.Details.Contains(first) || e.Details.Contains(middle) || e.Details.Contains(last) || e.Details.Contains(only))));
        }

        if (!string.IsNullOrWhiteSpace(query.UserId))
        {
            string userId = query.UserId.Trim();
            entries = entries.Where(e => e.UserId == userId);
        }

        if (query.Action is { } action)
        {
            entries = entries.Where(e => e.Action == action);
        }

        return await entries.OrderByDescending(e => e.Sequence).Take(Math.Clamp(query.Limit, 1, 10_000)).ToListAsync(cancellationToken);
    }
}
