using Microsoft.EntityFrameworkCore;
using OpenCsc.ChildInNeed;
using OpenCsc.Data;
using OpenCsc.Recording;

namespace OpenCsc.ChildProtection;

/// <summary>The end of a child protection plan as the form sends it, with the version of the plan the form showed.</summary>
public sealed record EndCpPlanForm(string? Day, string? Month, string? Year, string? Reason, string? Version);

/// <summary>
/// Ends a child protection plan: the day (after it started, CIN census 8840, and not before its latest review conference
/// or core group) and why. The CIN census has no code list for why a plan ends, so the reasons are this list's (see
/// docs/decisions/0024-plan-end-reasons.md). Stepping down to a child in need plan starts one that day. A plan that
/// ends at a review conference is ended by recording the review (<see cref="RecordCpReviewConference"/>). The form
/// carries the plan's version: a form opened before someone else changed the plan saves nothing.
/// </summary>
public static class EndChildProtectionPlan
{
    public const string StepDown = "Step down to child in need plan";

    public static IReadOnlyList<string> Reasons { get; } =
    [
        "No longer at risk of significant harm",
        StepDown,
        "Child became looked after",
        "Moved to another local authority",
        "Reached 18",
    ];

    public static async Task<(CinPlan? SteppedDownTo, IReadOnlyList<FieldProblem> Problems)> RunAsync(
        AppDbContext db, long planId, EndCpPlanForm form, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(form);
        ChildProtectionPlan plan = await db.ChildProtectionPlans.FirstOrDefaultAsync(p => p.Id == planId, cancellationToken)
            ?? throw new InvalidOperationException("No such child protection plan.");
        if (!db.IsAsSeen(plan, form.Version))
        {
            return (null, [new("current", EditConflicts.Message)]);
        }

        if (plan.EndDate is { } ended)
        {
            return (null, [new("current", $"This plan already ended on {FormFields.Show(ended)}")]);
        }

        var problems = new List<FieldProblem>();
        DateOnly? end = FormFields.PastDate(form.Day, form.Month, form.Year, "end-day", "the date the plan ended", required: true, today, problems);
        if (end is { } on)
        {
            DateOnly? latest = await LatestMeetingAsync(db, planId, cancellationToken);
            if (on <= plan.StartDate)
            {
                problems.Add(new("end-day", $"The date the plan ended must be after it started ({FormFields.Show(plan.StartDate)})"));
            }
            else if (latest is { } last && on < last)
            {
                problems.Add(new("end-day", $"The date the plan ended must be on or after its latest review conference or core group ({FormFields.Show(last)})"));
            }
        }

        string? reason = FormFields.Code(form.Reason, Reasons.ToList(), "reason", "Select why the plan ended", problems);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        CinPlan? cin = await PlanRules.EndCpPlanAsync(db, plan, end!.Value, reason!, cancellationToken);
        return await db.TrySaveAsync(cancellationToken) ? (cin, []) : (null, [new("current", EditConflicts.Message)]);
    }

    /// <summary>The day of the plan's latest review conference or core group meeting.</summary>
    public static async Task<DateOnly?> LatestMeetingAsync(AppDbContext db, long planId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        DateOnly? review = await db.CpReviewConferences.Where(r => r.ChildProtectionPlanId == planId).MaxAsync(r => (DateOnly?)r.Date, cancellationToken);
        DateOnly? core = await db.CoreGroupMeetings.Where(m => m.ChildProtectionPlanId == planId).MaxAsync(m => (DateOnly?)m.Date, cancellationToken);
        return review > core || core is null ? review : core;
    }
}
