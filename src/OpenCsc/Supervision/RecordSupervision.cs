using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Recording;

namespace OpenCsc.Supervision;

/// <summary>The decision on one child discussed and the date its actions are due by; a child not discussed has no decision.</summary>
public sealed record SupervisionCaseDecision(long ChildId, string? Decision, DateOnly? ActionsBy);

/// <summary>A supervision session to record: the worker supervised, the day, the discussion, and the decisions on the children discussed.</summary>
public sealed record RecordSupervisionCommand(long WorkerId, DateOnly Date, string Discussion, IReadOnlyList<SupervisionCaseDecision> Cases);

/// <summary>
/// A manager records a supervision session with a worker they supervise: the day, the reflective discussion, and a
/// decision for each child of the worker's caseload whose case was discussed (children not discussed are left blank).
/// Decisions may be recorded only for children the worker holds that day, so a decision always lands on a case the
/// worker can act on, and only for children the manager may see.
/// </summary>
public static class RecordSupervision
{
    public const int MinimumDiscussionLength = 20;
    public const int MaximumDiscussionLength = 8000;
    public const int MaximumDecisionLength = 4000;

    public const string DecisionWithoutTextMessage = "Enter the decision the actions are due for, or clear the date";
    public const string ActionsBeforeSupervisionMessage = "The date the actions are due by must be on or after the supervision";

    /// <summary>The local standard: supervision at least every four weeks.</summary>
    public const int ExpectedEveryDays = 28;

    /// <summary>The field a problem with one child's decision stands against.</summary>
    public static string DecisionField(long childId) =>
        $"{nameof(RecordSupervisionCommand.Cases)}[{childId.ToString(CultureInfo.InvariantCulture)}].{nameof(SupervisionCaseDecision.Decision)}";

    /// <summary>The field a problem with the date one child's actions are due by stands against.</summary>
    public static string ActionsByField(long childId) =>
        $"{nameof(RecordSupervisionCommand.Cases)}[{childId.ToString(CultureInfo.InvariantCulture)}].{nameof(SupervisionCaseDecision.ActionsBy)}";

    public static async Task<RecordingResult<SupervisionSession>> RunAsync(AppDbContext db, RecordingContext context, RecordSupervisionCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        if (context.WorkerId is not { } supervisor)
        {
            return Recorded.Refused;
        }

        long? team = await Supervisees.TeamManagedAsync(db, supervisor, cancellationToken);
        if (!await Supervisees.Of(db, supervisor, team, context.Today).AnyAsync(w => w.Id == command.WorkerId, cancellationToken))
        {
            return await db.Workers.AnyAsync(w => w.Id == command.WorkerId, cancellationToken) ? Recorded.Refused : Recorded.NotFound;
        }

        SupervisionCaseDecision[] discussed = [.. command.Cases.Where(c => !string.IsNullOrWhiteSpace(c.Decision) || c.ActionsBy is not null)];
        foreach (SupervisionCaseDecision item in discussed)
        {
            // Nothing is written about a child the manager may not see.
            if (!await context.Scope.CanSeeAsync(db, item.ChildId, cancellationToken))
            {
                return Recorded.Refused;
            }
        }

        var problems = new FieldProblems();
        problems.NotInFuture(command.Date, context.Today, nameof(command.Date), "the date of the supervision");
        if (string.IsNullOrWhiteSpace(command.Discussion))
        {
            problems.Add(nameof(command.Discussion), "Enter what was discussed");
        }
        else
        {
            problems.Length(command.Discussion, nameof(command.Discussion), "what was discussed", MinimumDiscussionLength, MaximumDiscussionLength);
        }

        DateOnly on = command.Date;
        HashSet<long> caseload = [.. await db.Allocations
            .Where(a => a.WorkerId == command.WorkerId && a.StartDate <= on && (a.EndDate == null || a.EndDate > on))
            .Select(a => a.ChildId).ToListAsync(cancellationToken)];
        var decisions = new List<CaseDecision>();
        foreach (SupervisionCaseDecision item in discussed)
        {
            if (string.IsNullOrWhiteSpace(item.Decision))
            {
                problems.Add(DecisionField(item.ChildId), DecisionWithoutTextMessage);
                continue;
            }

            if (!problems.Length(item.Decision, DecisionField(item.ChildId), "the decision", 1, MaximumDecisionLength))
            {
                continue;
            }

            if (!caseload.Contains(item.ChildId))
            {
                problems.Add(DecisionField(item.ChildId), "The worker did not hold this child's case on the date of the supervision: record the decision in the supervision of the worker who did");
                continue;
            }

            if (item.ActionsBy is { } due && due < command.Date)
            {
                problems.Add(ActionsByField(item.ChildId), ActionsBeforeSupervisionMessage);
            }

            decisions.Add(new CaseDecision { ChildId = item.ChildId, Decision = item.Decision, ActionsBy = item.ActionsBy });
        }

        if (problems.Count > 0)
        {
            return problems.Invalid();
        }

        var session = new SupervisionSession { WorkerId = command.WorkerId, SupervisorId = supervisor, Date = command.Date, Discussion = command.Discussion, CaseDecisions = decisions };
        db.SupervisionSessions.Add(session);
        return await context.SaveAsync(db, session, nameof(command.Discussion), cancellationToken);
    }
}
