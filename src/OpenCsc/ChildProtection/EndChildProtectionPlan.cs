using Microsoft.EntityFrameworkCore;
using OpenCsc.ChildInNeed;
using OpenCsc.Data;
using OpenCsc.Recording;

namespace OpenCsc.ChildProtection;

/// <summary>The end of a child protection plan: the child, the plan, the day it ended, why, and the version of the plan the form showed.</summary>
public sealed record EndChildProtectionPlanCommand(long ChildId, long PlanId, DateOnly EndDate, string? Reason, int? Version);

/// <summary>The plan as ended, and the child in need plan that started the same day when it stepped down to one.</summary>
public sealed record CpPlanEnded(ChildProtectionPlan Plan, CinPlan? SteppedDownTo);

/// <summary>
/// Ends a child protection plan: the day (after it started, CIN census 8840, and not before its latest review conference
/// or core group) and why. The CIN census has no code list for why a plan ends, so the reasons are this list's (see
/// docs/decisions/0024-plan-end-reasons.md). Stepping down to a child in need plan starts one that day. A plan that
/// ends at a review conference is ended by recording the review (<see cref="RecordCpReviewConference"/>). The command
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

    public static async Task<RecordingResult<CpPlanEnded>> RunAsync(AppDbContext db, RecordingContext context, EndChildProtectionPlanCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);

        // Stepping down starts a child in need plan, and a child has one at a time: the child's lock.
        await using RecordEdit<ChildProtectionPlan> edit = await context.EditAsync(db, db.ChildProtectionPlans, command.ChildId, command.PlanId, command.Version, nameof(command.PlanId), lockChild: true, cancellationToken);
        if (edit.Failure is { } failed)
        {
            return failed;
        }

        ChildProtectionPlan plan = edit.Record;

        if (plan.EndDate is { } ended)
        {
            return Recorded.Invalid(nameof(command.PlanId), $"This plan already ended on {FieldProblems.Show(ended)}");
        }

        var problems = new FieldProblems();
        DateOnly on = command.EndDate;
        if (problems.NotInFuture(on, context.Today, nameof(command.EndDate), "the date the plan ended"))
        {
            if (on <= plan.StartDate)
            {
                problems.Add(nameof(command.EndDate), $"The date the plan ended must be after it started ({FieldProblems.Show(plan.StartDate)})");
            }
            else if (await LatestMeetingAsync(db, plan.Id, cancellationToken) is { } last && on < last)
            {
                problems.Add(nameof(command.EndDate), $"The date the plan ended must be on or after its latest review conference or core group ({FieldProblems.Show(last)})");
            }
        }

        if (command.Reason is null || !Reasons.Contains(command.Reason))
        {
            problems.Add(nameof(command.Reason), "Select why the plan ended");
        }

        if (problems.Count > 0)
        {
            return problems.Invalid();
        }

        CinPlan? cin = await PlanRules.EndCpPlanAsync(db, plan, on, command.Reason!, cancellationToken);
        return await edit.SaveAsync(db, new CpPlanEnded(plan, cin), nameof(command.PlanId), cancellationToken);
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
