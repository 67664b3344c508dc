using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Returns.Validation;

namespace OpenCsc.DataQuality;

/// <summary>
/// The performance team marks a query (not an error: errors are fixed, not explained) as explained for a child, with a
/// note: it stops showing for that child and rule in this and later runs. Saved as a change, so the audit trail has
/// who, when, the rule, the child and the note, in the same transaction.
/// </summary>
public static class ExplainQuery
{
    public const int MaximumNoteLength = 1000;

    /// <summary>Returns the problem, or null when saved.</summary>
    public static async Task<string?> RunAsync(AppDbContext db, long failureId, string? note, string explainedBy, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var failure = await db.DataQualityFailures.AsNoTracking().Where(f => f.Id == failureId)
            .Select(f => new { f.Rule, f.Type, f.ChildId, f.ValidationRun!.Collection }).FirstOrDefaultAsync(cancellationToken);
        if (failure is null)
        {
            return "That failure is not in the data quality results any more";
        }

        if (failure.Type != RuleType.Query)
        {
            return $"Rule {failure.Rule} is an error, not a query: fix the record rather than explain it";
        }

        if (failure.ChildId is not { } child)
        {
            return "This failure is not about a child known to OpenCSC";
        }

        string text = note?.Trim() ?? "";
        if (text.Length == 0)
        {
            return "Enter why the data is right";
        }

        if (text.Length > MaximumNoteLength)
        {
            return $"The note must be {MaximumNoteLength:N0} characters or fewer";
        }

        if (await db.ExplainedQueries.AnyAsync(e => e.Collection == failure.Collection && e.Rule == failure.Rule && e.ChildId == child, cancellationToken))
        {
            return null;
        }

        db.ExplainedQueries.Add(new ExplainedQuery
        {
            Collection = failure.Collection,
            Rule = failure.Rule,
            ChildId = child,
            Note = text,
            ExplainedBy = explainedBy,
            ExplainedAt = DateTime.SpecifyKind(nowUtc, DateTimeKind.Unspecified),
        });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
