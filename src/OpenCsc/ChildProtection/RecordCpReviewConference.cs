using Microsoft.EntityFrameworkCore;
using OpenCsc.ChildInNeed;
using OpenCsc.Codes;
using OpenCsc.Data;
using OpenCsc.Recording;

namespace OpenCsc.ChildProtection;

/// <summary>A review conference as the form sends it, with the version of the plan the form showed.</summary>
public sealed record CpReviewForm(string? Day, string? Month, string? Year, string? Decision, string? Category, string? EndReason, string? Version);

/// <summary>What the review conference did: the review, and when it ended the plan by stepping down, the child in need plan that started.</summary>
public sealed record CpReviewRecorded(CpReviewConference Review, bool Ended, CinPlan? SteppedDownTo);

/// <summary>
/// Records a review conference of an open child protection plan: the day (after the plan started, CIN census 8841; one
/// a day), whether the plan continues or ends there (the usual way a plan ends, with its reason), and the category of
/// abuse as the conference left it (the plan's latest category). The review can change the plan, so the form carries
/// the plan's version: a form opened before someone else changed the plan saves nothing.
/// </summary>
public static class RecordCpReviewConference
{
    public const string Continue = "continue";
    public const string End = "end";

    public static async Task<(CpReviewRecorded? Recorded, IReadOnlyList<FieldProblem> Problems)> RunAsync(
        AppDbContext db, long planId, CpReviewForm form, DateOnly today, CancellationToken cancellationToken = default)
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
            return (null, [new("current", $"This plan ended on {FormFields.Show(ended)}: review conferences are recorded on an open plan")]);
        }

        var problems = new List<FieldProblem>();
        DateOnly? date = FormFields.PastDate(form.Day, form.Month, form.Year, "date-day", "the date of the review conference", required: true, today, problems);
        if (date is { } on)
        {
            if (on <= plan.StartDate)
            {
                problems.Add(new("date-day", $"The date of the review conference must be after the plan started ({FormFields.Show(plan.StartDate)})"));
            }
            else if (await db.CpReviewConferences.AnyAsync(r => r.ChildProtectionPlanId == planId && r.Date == on, cancellationToken))
            {
                problems.Add(new("date-day", $"A review conference on {FormFields.Show(on)} is already recorded"));
            }
            else if (form.Decision == End && await EndChildProtectionPlan.LatestMeetingAsync(db, planId, cancellationToken) is { } last && on < last)
            {
                problems.Add(new("date-day", $"A plan ending at this conference must end on or after its latest review conference or core group ({FormFields.Show(last)})"));
            }
        }

        bool? ends = form.Decision switch
        {
            Continue => false,
            End => true,
            _ => null,
        };
        if (ends is null)
        {
            problems.Add(new("decision", "Select whether the plan continues or ends"));
        }

        string? category = FormFields.Code(form.Category, CategoriesOfAbuse.Codes.Entries.Select(e => e.Code).ToList(), "category", "Select the category of abuse", problems);
        string? reason = ends == true ? FormFields.Code(form.EndReason, EndChildProtectionPlan.Reasons.ToList(), "end-reason", "Select why the plan ended", problems) : null;
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var review = new CpReviewConference { ChildProtectionPlanId = planId, Date = date!.Value };
        db.CpReviewConferences.Add(review);
        plan.LatestCategory = category!;
        CinPlan? cin = ends == true ? await PlanRules.EndCpPlanAsync(db, plan, review.Date, reason!, cancellationToken) : null;
        return await db.TrySaveAsync(cancellationToken)
            ? (new CpReviewRecorded(review, ends == true, cin), [])
            : (null, [new("current", EditConflicts.Message)]);
    }
}
