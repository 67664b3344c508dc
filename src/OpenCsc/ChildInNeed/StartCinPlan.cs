using OpenCsc.ChildProtection;
using OpenCsc.Data;
using OpenCsc.Recording;

namespace OpenCsc.ChildInNeed;

/// <summary>A child in need plan's start as the form sends it.</summary>
public sealed record CinPlanForm(string? Day, string? Month, string? Year);

/// <summary>
/// Starts a child in need plan (section 17): the day, on the child in need episode open then (CIN census 4015, 8565). A
/// child has one child in need plan at a time (4004, 4014), and none while on a child protection plan (4016, 4017).
/// Reviews of a child in need plan are not recorded: there is nowhere to keep them yet, and the CIN census does not ask.
/// </summary>
public static class StartCinPlan
{
    public static async Task<(CinPlan? Plan, IReadOnlyList<FieldProblem> Problems)> RunAsync(
        AppDbContext db, long childId, CinPlanForm form, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(form);
        var problems = new List<FieldProblem>();
        DateOnly? start = FormFields.PastDate(form.Day, form.Month, form.Year, "start-day", "the date the plan started", required: true, today, problems);
        if (start is null)
        {
            return (null, problems);
        }

        DateOnly on = start.Value;
        await using var transaction = await PlanRules.BeginForChildAsync(db, childId, cancellationToken);
        long? episode = await PlanRules.EpisodeOpenOnAsync(db, childId, on, cancellationToken);
        if (episode is null)
        {
            problems.Add(new("start-day", "The child has no child in need episode open on that date: record the referral first"));
        }
        else if (await PlanRules.CinPlanOpenFromAsync(db, childId, on, cancellationToken) is { } open)
        {
            problems.Add(new("start-day", open.EndDate is { } end
                ? $"The child has a child in need plan from {FormFields.Show(open.StartDate)} to {FormFields.Show(end)}: plans cannot overlap"
                : $"The child already has a child in need plan, from {FormFields.Show(open.StartDate)}"));
        }
        else if (await PlanRules.CinPlanBlockedByCpPlanAsync(db, childId, on, cancellationToken) is { } blocked)
        {
            problems.Add(new("start-day", blocked));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var plan = new CinPlan { CinEpisodeId = episode!.Value, ChildId = childId, StartDate = on };
        db.CinPlans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (plan, []);
    }
}
