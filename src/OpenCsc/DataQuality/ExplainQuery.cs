using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.Data;
using OpenCsc.Recording;
using OpenCsc.Returns.Validation;

namespace OpenCsc.DataQuality;

/// <summary>A query to explain: the failure the data quality results list, and why the data is right (trimmed).</summary>
public sealed record ExplainQueryCommand(long FailureId, string? Note);

/// <summary>
/// The performance team marks a query (not an error: errors are fixed, not explained) as explained for a child, with a
/// note: it stops showing for that child and rule in this and later runs. Saved as a change, so the audit trail has
/// who, when, the rule, the child and the note, in the same transaction. Only performance analysts explain, and only
/// about a child they may see.
/// </summary>
public static class ExplainQuery
{
    public const int MaximumNoteLength = 1000;

    public static async Task<RecordingResult<ExplainedQuery>> RunAsync(AppDbContext db, RecordingContext context, ExplainQueryCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        if (context.Scope.User.Role != StaffRole.PerformanceAnalyst)
        {
            return Recorded.Refused;
        }

        string field = nameof(command.Note);
        var failure = await db.DataQualityFailures.AsNoTracking().Where(f => f.Id == command.FailureId)
            .Select(f => new { f.Rule, f.Type, f.ChildId, f.ValidationRun!.Collection }).FirstOrDefaultAsync(cancellationToken);
        if (failure is null)
        {
            return Recorded.Invalid(field, "That failure is not in the data quality results any more");
        }

        if (failure.ChildId is { } about && !await context.Scope.CanSeeAsync(db, about, cancellationToken))
        {
            return Recorded.Refused;
        }

        if (failure.Type != RuleType.Query)
        {
            return Recorded.Invalid(field, $"Rule {failure.Rule} is an error, not a query: fix the record rather than explain it");
        }

        if (failure.ChildId is not { } child)
        {
            return Recorded.Invalid(field, "This failure is not about a child known to OpenCSC");
        }

        string text = command.Note?.Trim() ?? "";
        if (text.Length == 0)
        {
            return Recorded.Invalid(field, "Enter why the data is right");
        }

        if (text.Length > MaximumNoteLength)
        {
            return Recorded.Invalid(field, $"The note must be {MaximumNoteLength.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))} characters or fewer");
        }

        if (await db.ExplainedQueries.FirstOrDefaultAsync(e => e.Collection == failure.Collection && e.Rule == failure.Rule && e.ChildId == child, cancellationToken) is { } already)
        {
            return Recorded.Saved(already);
        }

        var explained = new ExplainedQuery
        {
            Collection = failure.Collection,
            Rule = failure.Rule,
            ChildId = child,
            Note = text,
            ExplainedBy = context.Scope.User.DisplayName,
            // The clock the stamps and the audit entry use, in UTC as stored.
            ExplainedAt = db.UtcNowForStorage(),
        };
        db.ExplainedQueries.Add(explained);
        return await context.SaveAsync(db, explained, field, cancellationToken);
    }
}
