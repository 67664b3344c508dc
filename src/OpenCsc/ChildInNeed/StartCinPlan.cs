using OpenCsc.ChildProtection;
using OpenCsc.Data;
using OpenCsc.Recording;

namespace OpenCsc.ChildInNeed;

/// <summary>A child in need plan to start: the child and the day.</summary>
public sealed record StartCinPlanCommand(long ChildId, DateOnly StartDate);

/// <summary>
/// Starts a child in need plan (section 17): the day, on the child in need episode open then (CIN census 4015, 8565). A
/// child has one child in need plan at a time (4004, 4014), and none while on a child protection plan (4016, 4017).
/// Reviews of a child in need plan are not recorded: there is nowhere to keep them yet, and the CIN census does not ask.
/// </summary>
public static class StartCinPlan
{
    public static async Task<RecordingResult<CinPlan>> RunAsync(AppDbContext db, RecordingContext context, StartCinPlanCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        if (await context.RefusalForChildAsync(db, command.ChildId, cancellationToken) is { } refused)
        {
            return refused;
        }

        var problems = new FieldProblems();
        if (!problems.NotInFuture(command.StartDate, context.Today, nameof(command.StartDate), "the date the plan started"))
        {
            return problems.Invalid();
        }

        DateOnly on = command.StartDate;
        await using var transaction = await db.BeginForChildAsync(command.ChildId, cancellationToken);
        long? episode = await PlanRules.EpisodeOpenOnAsync(db, command.ChildId, on, cancellationToken);
        if (episode is null)
        {
            problems.Add(nameof(command.StartDate), "The child has no child in need episode open on that date: record the referral first");
        }
        else if (await PlanRules.CinPlanOpenFromAsync(db, command.ChildId, on, cancellationToken) is { } open)
        {
            problems.Add(nameof(command.StartDate), open.EndDate is { } end
                ? $"The child has a child in need plan from {FieldProblems.Show(open.StartDate)} to {FieldProblems.Show(end)}: plans cannot overlap"
                : $"The child already has a child in need plan, from {FieldProblems.Show(open.StartDate)}");
        }
        else if (await PlanRules.CinPlanBlockedByCpPlanAsync(db, command.ChildId, on, cancellationToken) is { } blocked)
        {
            problems.Add(nameof(command.StartDate), blocked);
        }

        if (problems.Count > 0)
        {
            return problems.Invalid();
        }

        var plan = new CinPlan { CinEpisodeId = episode!.Value, ChildId = command.ChildId, StartDate = on };
        db.CinPlans.Add(plan);
        RecordingResult<CinPlan> result = await context.SaveAsync(db, plan, nameof(command.StartDate), cancellationToken);
        if (result.IsSaved)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }
}
