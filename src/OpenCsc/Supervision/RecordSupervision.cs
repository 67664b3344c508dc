using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Recording;

namespace OpenCsc.Supervision;

/// <summary>What the form sends about one child discussed: the decision and the date its actions are due by, as typed.</summary>
public sealed record CaseDecisionForm(long ChildId, string? Decision, string? ByDay, string? ByMonth, string? ByYear);

/// <summary>A supervision session as the form sends it: every field as typed, so a form with errors keeps them.</summary>
public sealed record SupervisionForm(string? Day, string? Month, string? Year, string? Discussion, IReadOnlyList<CaseDecisionForm> Cases)
{
    public static SupervisionForm Empty { get; } = new(null, null, null, null, []);
}

/// <summary>
/// A manager records a supervision session with a worker they supervise: the day, the reflective discussion, and a
/// decision for each child of the worker's caseload whose case was discussed (children not discussed are left blank).
/// Decisions may be recorded only for children the worker holds that day, so a decision always lands on a case the
/// worker can act on.
/// </summary>
public static class RecordSupervision
{
    public const int MinimumDiscussionLength = 20;
    public const int MaximumDiscussionLength = 8000;
    public const int MaximumDecisionLength = 4000;

    /// <summary>The local standard: supervision at least every four weeks.</summary>
    public const int ExpectedEveryDays = 28;

    public static async Task<(SupervisionSession? Session, IReadOnlyList<FieldProblem> Problems)> RunAsync(
        AppDbContext db, long workerId, long supervisorId, SupervisionForm form, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(form);
        var problems = new List<FieldProblem>();
        DateOnly? date = FormFields.PastDate(form.Day, form.Month, form.Year, "date-day", "the date of the supervision", required: true, today, problems);
        string? discussion = FormFields.Text(form.Discussion, "discussion", "what was discussed", required: true, MinimumDiscussionLength, MaximumDiscussionLength, problems);

        DateOnly on = date ?? today;
        HashSet<long> caseload = [.. await db.Allocations
            .Where(a => a.WorkerId == workerId && a.StartDate <= on && (a.EndDate == null || a.EndDate > on))
            .Select(a => a.ChildId).ToListAsync(cancellationToken)];
        var decisions = new List<CaseDecision>();
        foreach (CaseDecisionForm item in form.Cases)
        {
            string id = "decision-" + item.ChildId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            string? text = FormFields.Text(item.Decision, id, "the decision", required: false, 1, MaximumDecisionLength, problems);
            DateOnly? by = FormFields.Date(item.ByDay, item.ByMonth, item.ByYear, "by-" + item.ChildId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-day", "the date the actions are due by", required: false, problems);
            if (text is null)
            {
                if (by is not null)
                {
                    problems.Add(new(id, "Enter the decision the actions are due for, or clear the date"));
                }

                continue;
            }

            if (!caseload.Contains(item.ChildId))
            {
                problems.Add(new(id, "The worker did not hold this child's case on the date of the supervision: record the decision in the supervision of the worker who did"));
                continue;
            }

            if (by is { } due && date is { } held && due < held)
            {
                problems.Add(new("by-" + item.ChildId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-day", "The date the actions are due by must be on or after the supervision"));
            }

            decisions.Add(new CaseDecision { ChildId = item.ChildId, Decision = text, ActionsBy = by });
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var session = new SupervisionSession { WorkerId = workerId, SupervisorId = supervisorId, Date = date!.Value, Discussion = discussion!, CaseDecisions = decisions };
        db.SupervisionSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return (session, []);
    }
}
