using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.Data;
using OpenCsc.Recording;

namespace OpenCsc.Workforce;

/// <summary>
/// An allocation to make: the child, the worker, the day it starts, and what the form showed: the allocation then
/// open (null when none was) and its row version (the child's when none was).
/// </summary>
public sealed record AllocateChildCommand(long ChildId, long WorkerId, DateOnly Date, long? ShownAllocationId, int? Version);

/// <summary>
/// A team manager allocates a child to a worker of their team, or reallocates: the allocation open on the day ends
/// that day and the new one starts (an allocation holds from its start up to, not including, its end). A head of
/// service may allocate to any worker of the teams in their services. If the child's allocation changed after the
/// form was opened, nothing is saved and the form says so.
/// </summary>
public static class AllocateChild
{
    public const string ConflictMessage = "Someone else changed this child's allocation after you opened the form: nothing was saved. Check who holds the case now.";

    public static async Task<RecordingResult<Allocation>> RunAsync(AppDbContext db, RecordingContext context, AllocateChildCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        if (await context.RefusalForChildAsync(db, command.ChildId, cancellationToken) is { } refused)
        {
            return refused;
        }

        var problems = new FieldProblems();
        if (!await AllowedWorkers(db, context.Scope.User, context.Today).ContainsAsync(command.WorkerId, cancellationToken))
        {
            problems.Add(nameof(command.WorkerId), "Select a worker in your team");
        }

        problems.NotInFuture(command.Date, context.Today, nameof(command.Date), "the date of the allocation");

        // One allocation open at a time: two managers allocating the same child save one after the other.
        await using var transaction = await db.BeginForChildAsync(command.ChildId, cancellationToken);
        Allocation? current = await Current(db.Allocations, command.ChildId, context.Today).FirstOrDefaultAsync(cancellationToken);
        Entity seen = current ?? (Entity)await db.Children.FirstAsync(c => c.Id == command.ChildId, cancellationToken);

        // The version alone cannot tell one allocation from the next (a new one starts at version 0), so the form
        // also names the allocation it showed.
        if (current?.Id != command.ShownAllocationId || !db.IsAsSeen(seen, command.Version))
        {
            return Conflict();
        }

        if (current?.WorkerId == command.WorkerId && !problems.Has(nameof(command.WorkerId)))
        {
            problems.Add(nameof(command.WorkerId), "The child is already allocated to this worker");
        }

        if (current is not null && !problems.Has(nameof(command.Date)) && command.Date <= current.StartDate)
        {
            problems.Add(nameof(command.Date), $"The date of the allocation must be after the current allocation started ({FieldProblems.Show(current.StartDate)})");
        }

        if (problems.Count > 0)
        {
            return problems.Invalid();
        }

        long team = await db.Workers.Where(x => x.Id == command.WorkerId).Select(x => x.TeamId).FirstAsync(cancellationToken)
            ?? throw new InvalidOperationException("The worker has no team.");
        if (current is not null)
        {
            current.EndDate = command.Date;
        }

        var allocation = new Allocation { ChildId = command.ChildId, TeamId = team, WorkerId = command.WorkerId, StartDate = command.Date };
        db.Allocations.Add(allocation);
        RecordingResult<Allocation> result = await context.SaveAsync(db, allocation, nameof(command.WorkerId), cancellationToken);
        if (!result.IsSaved)
        {
            return Conflict();
        }

        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>The child's allocation open on the day (the latest started, should two overlap).</summary>
    public static IQueryable<Allocation> Current(IQueryable<Allocation> allocations, long childId, DateOnly day) =>
        allocations.Where(a => a.ChildId == childId && a.StartDate <= day && (a.EndDate == null || a.EndDate > day))
            .OrderByDescending(a => a.StartDate).ThenByDescending(a => a.Id);

    /// <summary>
    /// The workers this person may allocate to, in post on the day: their own team's; a head of service's, of
    /// their own team and of every team in their services.
    /// </summary>
    public static IQueryable<long> AllowedWorkers(AppDbContext db, StaffUser user, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        long own = user.WorkerId ?? -1;
        var team = db.Workers.Where(w => w.Id == own).Select(w => w.TeamId);
        var inPost = db.Workers.Where(w => w.StartDate <= day && (w.EndDate == null || w.EndDate >= day) && w.TeamId != null);
        if (user.Role == StaffRole.HeadOfService)
        {
            var services = db.Services.Where(s => s.HeadOfServiceId == own).Select(s => s.Id);
            return inPost.Where(w => team.Contains(w.TeamId) || services.Contains(w.Team!.ServiceId)).Select(w => w.Id);
        }

        return inPost.Where(w => team.Contains(w.TeamId)).Select(w => w.Id);
    }

    private static RecordingFailure Conflict() =>
        new(RecordingOutcome.Conflict, [new FieldProblem(nameof(AllocateChildCommand.WorkerId), ConflictMessage)]);
}
