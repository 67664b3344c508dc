using Microsoft.EntityFrameworkCore;
using OpenCsc.ChildInNeed;
using OpenCsc.Codes;
using OpenCsc.Data;
using OpenCsc.Recording;

namespace OpenCsc.ChildProtection;

/// <summary>
/// A review conference to record: the child, their plan, the day, whether the plan ends there (and why), the category
/// of abuse as the conference left it, and the version of the plan the form showed.
/// </summary>
public sealed record RecordCpReviewConferenceCommand(long ChildId, long PlanId, DateOnly Date, bool Ends, string Category, string? EndReason, int? Version);

/// <summary>What the review conference did: the review, and when it ended the plan by stepping down, the child in need plan that started.</summary>
public sealed record CpReviewRecorded(CpReviewConference Review, bool Ended, CinPlan? SteppedDownTo);

/// <summary>
/// Records a review conference of an open child protection plan: the day (after the plan started, CIN census 8841; one
/// a day), whether the plan continues or ends there (the usual way a plan ends, with its reason), and the category of
/// abuse as the conference left it (the plan's latest category). The review can change the plan, so the command carries
/// the plan's version: a form opened before someone else changed the plan saves nothing.
/// </summary>
public static class RecordCpReviewConference
{
    public const string Continue = "continue";
    public const string End = "end";

    public static async Task<RecordingResult<CpReviewRecorded>> RunAsync(AppDbContext db, RecordingContext context, RecordCpReviewConferenceCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);

        // Ending the plan by stepping down starts a child in need plan, and a child has one at a time: the child's lock.
        await using RecordEdit<ChildProtectionPlan> edit = await context.EditAsync(db, db.ChildProtectionPlans, command.ChildId, command.PlanId, command.Version, nameof(command.PlanId), lockChild: true, cancellationToken);
        if (edit.Failure is { } failed)
        {
            return failed;
        }

        ChildProtectionPlan plan = edit.Record;

        if (plan.EndDate is { } ended)
        {
            return Recorded.Invalid(nameof(command.PlanId), $"This plan ended on {FieldProblems.Show(ended)}: review conferences are recorded on an open plan");
        }

        var problems = new FieldProblems();
        DateOnly on = command.Date;
        if (problems.NotInFuture(on, context.Today, nameof(command.Date), "the date of the review conference"))
        {
            if (on <= plan.StartDate)
            {
                problems.Add(nameof(command.Date), $"The date of the review conference must be after the plan started ({FieldProblems.Show(plan.StartDate)})");
            }
            else if (await db.CpReviewConferences.AnyAsync(r => r.ChildProtectionPlanId == plan.Id && r.Date == on, cancellationToken))
            {
                problems.Add(nameof(command.Date), $"A review conference on {FieldProblems.Show(on)} is already recorded");
            }
            else if (command.Ends && await EndChildProtectionPlan.LatestMeetingAsync(db, plan.Id, cancellationToken) is { } last && on < last)
            {
                problems.Add(nameof(command.Date), $"A plan ending at this conference must end on or after its latest review conference or core group ({FieldProblems.Show(last)})");
            }
        }

        if (!CategoriesOfAbuse.Codes.Entries.Any(e => e.Code == command.Category))
        {
            problems.Add(nameof(command.Category), "Select the category of abuse");
        }

        if (command.Ends && (command.EndReason is null || !EndChildProtectionPlan.Reasons.Contains(command.EndReason)))
        {
            problems.Add(nameof(command.EndReason), "Select why the plan ended");
        }

        if (problems.Count > 0)
        {
            return problems.Invalid();
        }

        var review = new CpReviewConference { ChildProtectionPlanId = plan.Id, Date = on };
        db.CpReviewConferences.Add(review);
        plan.LatestCategory = command.Category;
        CinPlan? cin = command.Ends ? await PlanRules.EndCpPlanAsync(db, plan, on, command.EndReason!, cancellationToken) : null;
        return await edit.SaveAsync(db, new CpReviewRecorded(review, command.Ends, cin), nameof(command.PlanId), cancellationToken);
    }
}
