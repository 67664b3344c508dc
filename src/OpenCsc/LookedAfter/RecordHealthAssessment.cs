using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Recording;

namespace OpenCsc.LookedAfter;

/// <summary>A health assessment as the form sends it: every field as typed, so a form with errors keeps them.</summary>
public sealed record HealthAssessmentForm(string? Kind, string? Day, string? Month, string? Year);

/// <summary>
/// Records a looked-after child's health assessment (initial, review) or dental check, on a day the child was looked
/// after. An initial (or review) assessment in the current period of care takes the child off the initial health
/// assessment tracker.
/// </summary>
public static class RecordHealthAssessment
{
    public static async Task<(HealthAssessment? Assessment, IReadOnlyList<FieldProblem> Problems)> RunAsync(
        AppDbContext db, long childId, HealthAssessmentForm form, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(form);
        var problems = new List<FieldProblem>();
        HealthAssessmentKind? kind = FormFields.Choice<HealthAssessmentKind>(form.Kind, "kind", "Select the kind of health assessment", problems);
        DateOnly? date = FormFields.PastDate(form.Day, form.Month, form.Year, "date-day", "the date of the health assessment", true, today, problems);
        if (date is { } on)
        {
            if (!await db.PeriodsOfCare.AnyAsync(p => p.ChildId == childId && p.StartDate <= on && (p.EndDate == null || p.EndDate >= on), cancellationToken))
            {
                problems.Add(new("date-day", "The child was not looked after on that date: record health assessments made while the child is looked after"));
            }
            else if (kind is { } k && await db.HealthAssessments.AnyAsync(h => h.ChildId == childId && h.Kind == k && h.Date == on, cancellationToken))
            {
                problems.Add(new("date-day", "This health assessment is already recorded on this date"));
            }
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var assessment = new HealthAssessment { ChildId = childId, Kind = kind!.Value, Date = date!.Value };
        db.HealthAssessments.Add(assessment);
        await db.SaveChangesAsync(cancellationToken);
        return (assessment, []);
    }
}
