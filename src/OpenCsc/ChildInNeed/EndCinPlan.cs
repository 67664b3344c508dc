using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Recording;

namespace OpenCsc.ChildInNeed;

/// <summary>The end of a child in need plan as the form sends it, with the version of the plan the form showed.</summary>
public sealed record EndCinPlanForm(string? Day, string? Month, string? Year, string? Reason, string? Version);

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

    public static async Task<IReadOnlyList<FieldProblem>> RunAsync(
        AppDbContext db, long planId, EndCinPlanForm form, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(form);
        CinPlan plan = await db.CinPlans.Include(p => p.CinEpisode).FirstOrDefaultAsync(p => p.Id == planId, cancellationToken)
            ?? throw new InvalidOperationException("No such child in need plan.");
        if (!db.IsAsSeen(plan, form.Version))
        {
            return [new("current", EditConflicts.Message)];
        }

        if (plan.EndDate is { } ended)
        {
            return [new("current", $"This plan already ended on {FormFields.Show(ended)}")];
        }

        var problems = new List<FieldProblem>();
        DateOnly? end = FormFields.PastDate(form.Day, form.Month, form.Year, "end-day", "the date the plan ended", required: true, today, problems);
        if (end is { } on)
        {
            if (on < plan.StartDate)
            {
                problems.Add(new("end-day", $"The date the plan ended must be on or after it started ({FormFields.Show(plan.StartDate)})"));
            }
            else if (plan.CinEpisode!.ClosureDate is { } closed && on > closed)
            {
                problems.Add(new("end-day", $"The child in need episode closed on {FormFields.Show(closed)}: the plan must end on or before then"));
            }
        }

        string? reason = FormFields.Code(form.Reason, Reasons.ToList(), "reason", "Select why the plan ended", problems);
        if (problems.Count > 0)
        {
            return problems;
        }

        plan.EndDate = end;
        plan.EndReason = reason;
        return await db.TrySaveAsync(cancellationToken) ? [] : [new("current", EditConflicts.Message)];
    }
}
