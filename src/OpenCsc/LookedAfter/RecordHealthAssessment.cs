using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Recording;

namespace OpenCsc.LookedAfter;

/// <summary>A health assessment: the child, what kind, and the day.</summary>
public sealed record RecordHealthAssessmentCommand(long ChildId, HealthAssessmentKind Kind, DateOnly Date);

/// <summary>
/// Records a looked-after child's health assessment (initial, review) or dental check, on a day the child was looked
/// after. An initial (or review) assessment in the current period of care takes the child off the initial health
/// assessment tracker.
/// </summary>
public static class RecordHealthAssessment
{
    public const string KindMessage = "Select the kind of health assessment";

    public static async Task<RecordingResult<HealthAssessment>> RunAsync(AppDbContext db, RecordingContext context, RecordHealthAssessmentCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        long childId = command.ChildId;
        if (await context.RefusalForChildAsync(db, childId, cancellationToken) is { } refused)
        {
            return refused;
        }

        var problems = new FieldProblems();
        HealthAssessmentKind kind = command.Kind;
        if (!Enum.IsDefined(kind))
        {
            problems.Add(nameof(command.Kind), KindMessage);
        }

        DateOnly on = command.Date;
        if (problems.NotInFuture(on, context.Today, nameof(command.Date), "the date of the health assessment"))
        {
            if (!await PeriodsOfCare.LookedAfterOnAsync(db, childId, on, cancellationToken))
            {
                problems.Add(nameof(command.Date), "The child was not looked after on that date: record health assessments made while the child is looked after");
            }
            else if (await db.HealthAssessments.AnyAsync(h => h.ChildId == childId && h.Kind == kind && h.Date == on, cancellationToken))
            {
                problems.Add(nameof(command.Date), "This health assessment is already recorded on this date");
            }
        }

        if (problems.Count > 0)
        {
            return problems.Invalid();
        }

        var assessment = new HealthAssessment { ChildId = childId, Kind = kind, Date = on };
        db.HealthAssessments.Add(assessment);
        return await context.SaveAsync(db, assessment, nameof(command.Date), cancellationToken);
    }
}
