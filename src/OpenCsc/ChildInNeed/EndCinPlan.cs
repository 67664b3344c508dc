using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Recording;

namespace OpenCsc.ChildInNeed;

/// <summary>The end of a child in need plan: the child, the plan, the day, why, and the version of the plan the form showed.</summary>
public sealed record EndCinPlanCommand(long ChildId, long PlanId, DateOnly EndDate, string Reason, int? Version);

/// <summary>
/// Ends a child in need plan: the day (on or after it started, CIN census 4011, and within its episode) and why. The
/// CIN census has no code list for why a plan ends, so the reasons are this list's (see
/// docs/decisions/0024-plan-end-reasons.md); a child protection plan starting ends the child in need plan by itself.
/// The form carries the plan's version: a form opened before someone else changed the plan saves nothing.
/// </summary>
public static class EndCinPlan
{
    /// <summary>The reason given when a child protection plan starting ends the child in need plan.</summary>
    public const string CpPlanStarted = "Child protection plan started";

    public static IReadOnlyList<string> Reasons { get; } =
    [
        "Outcomes of the plan achieved",
        "Stepped down to early help",
        "Child became looked after",
        "Family moved to another local authority",
        "Reached 18",
    ];

    public static async Task<RecordingResult<CinPlan>> RunAsync(AppDbContext db, RecordingContext context, EndCinPlanCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        await using RecordEdit<CinPlan> edit = await context.EditAsync(db, db.CinPlans.Include(p => p.CinEpisode), command.ChildId, command.PlanId, command.Version, nameof(command.Version), lockChild: false, cancellationToken);
        if (edit.Failure is { } failed)
        {
            return failed;
        }

        CinPlan plan = edit.Record;

        if (plan.EndDate is { } ended)
        {
            return Recorded.Invalid(nameof(command.Version), $"This plan already ended on {FieldProblems.Show(ended)}");
        }

        var problems = new FieldProblems();
        if (problems.NotInFuture(command.EndDate, context.Today, nameof(command.EndDate), "the date the plan ended"))
        {
            if (command.EndDate < plan.StartDate)
            {
                problems.Add(nameof(command.EndDate), $"The date the plan ended must be on or after it started ({FieldProblems.Show(plan.StartDate)})");
            }
            else if (plan.CinEpisode!.ClosureDate is { } closed && command.EndDate > closed)
            {
                problems.Add(nameof(command.EndDate), $"The child in need episode closed on {FieldProblems.Show(closed)}: the plan must end on or before then");
            }
        }

        if (!Reasons.Contains(command.Reason))
        {
            problems.Add(nameof(command.Reason), "Select why the plan ended");
        }

        if (problems.Count > 0)
        {
            return problems.Invalid();
        }

        plan.EndDate = command.EndDate;
        plan.EndReason = command.Reason;
        return await edit.SaveAsync(db, plan, nameof(command.Version), cancellationToken);
    }
}
