using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Calendar;
using OpenCsc.Data;
using OpenCsc.Supervision;
using OpenCsc.Web.Recording;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Supervision;

/// <summary>One child of the worker's caseload, as the supervision form lists it.</summary>
public sealed record CaseloadChild(long ChildId, string Name, string LaChildId);

/// <summary>
/// A manager records a supervision session with someone they supervise, with a decision for each child discussed.
/// Only the children of the worker's caseload that the manager may see are listed, and only they are read back.
/// </summary>
[Authorize(Policy = PagePolicies.Supervision)]
public sealed class RecordModel(AppDbContext db, TimeProvider clock, CurrentStaff staff, RecordingContexts contexts, ShownChildren shown) : RecordingPageModel
{
    public long WorkerId { get; private set; }

    public string WorkerName { get; private set; } = "";

    public IReadOnlyList<CaseloadChild> Caseload { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long worker, CancellationToken cancellationToken)
    {
        if (await LoadAsync(worker, cancellationToken) is { } refused)
        {
            return refused;
        }

        Offer(new Dictionary<string, string?>(DateValues(clock.Today())));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long worker, CancellationToken cancellationToken)
    {
        if (await LoadAsync(worker, cancellationToken) is { } refused)
        {
            return refused;
        }

        var context = await contexts.ForRequestAsync(cancellationToken);
        var form = new FormReader(Request.Form);
        DateOnly? date = form.Date(nameof(RecordSupervisionCommand.Date), "date", "the date of the supervision", required: true, notAfter: context.Today);
        string? discussion = form.Text(nameof(RecordSupervisionCommand.Discussion), "discussion", "what was discussed", required: true,
            minimum: RecordSupervision.MinimumDiscussionLength, maximum: RecordSupervision.MaximumDiscussionLength);
        var cases = new List<SupervisionCaseDecision>();
        foreach (CaseloadChild child in Caseload)
        {
            string id = child.ChildId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            string decisionField = RecordSupervision.DecisionField(child.ChildId), byField = RecordSupervision.ActionsByField(child.ChildId);
            string? decision = form.Text(decisionField, "decision-" + id, "the decision", required: false, maximum: RecordSupervision.MaximumDecisionLength);
            DateOnly? by = form.Date(byField, "by-" + id, "the date the actions are due by", required: false, "byDay-" + id, "byMonth-" + id, "byYear-" + id);
            if (decision is null && by is not null)
            {
                form.Problem(decisionField, RecordSupervision.DecisionWithoutTextMessage);
            }
            else if (decision is not null && by < date)
            {
                form.Problem(byField, RecordSupervision.ActionsBeforeSupervisionMessage);
            }

            cases.Add(new SupervisionCaseDecision(child.ChildId, decision, by));
        }

        if (!form.IsValid)
        {
            return Invalid(form);
        }

        return await SaveOnceAsync(db, context, () => RecordSupervision.RunAsync(db, context, new RecordSupervisionCommand(worker, date!.Value, discussion!, cases), cancellationToken), form,
            session => $"Supervision with {WorkerName} on {Formatting.Date(session.Date)} recorded, with {session.CaseDecisions.Count.ToString(Formatting.EnGb)} case decision{(session.CaseDecisions.Count == 1 ? "" : "s")}.",
            _ => "/supervision", cancellationToken);
    }

    private async Task<IActionResult?> LoadAsync(long worker, CancellationToken cancellationToken)
    {
        WorkerId = worker;
        if (staff.User?.WorkerId is not { } manager)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        DateOnly today = clock.Today();
        long? team = await Supervisees.TeamManagedAsync(db, manager, cancellationToken);
        var person = await Supervisees.Of(db, manager, team, today).Where(w => w.Id == worker)
            .Select(w => new { w.FirstName, w.LastName }).FirstOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return await db.Workers.AnyAsync(w => w.Id == worker, cancellationToken) ? StatusCode(StatusCodes.Status403Forbidden) : NotFound();
        }

        WorkerName = person.FirstName + " " + person.LastName;
        var scope = await staff.ScopeAsync(cancellationToken);
        IQueryable<long> visible = scope.ChildIds(db);
        Caseload = (await db.Allocations.AsNoTracking()
            .Where(a => a.WorkerId == worker && a.StartDate <= today && (a.EndDate == null || a.EndDate > today) && visible.Contains(a.ChildId))
            .OrderBy(a => a.Child!.LastName).ThenBy(a => a.Child!.FirstName)
            .Select(a => new { a.ChildId, a.Child!.FirstName, a.Child.LastName, a.Child.LaChildId })
            .ToListAsync(cancellationToken))
            .Select(c => new CaseloadChild(c.ChildId, c.FirstName + " " + c.LastName, c.LaChildId)).ToList();
        shown.Children(Caseload.Select(c => c.ChildId));
        return null;
    }
}
