using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.Calendar;
using OpenCsc.Data;
using OpenCsc.FrontDoor;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.FrontDoor;

/// <summary>A contact waiting for its threshold decision, as the front door list shows it.</summary>
public sealed record AwaitingDecision(long ContactId, long ChildId, string ChildName, string LaChildId, DateTime ReceivedAt, DateOnly DueBy, bool Overdue, string Source, Brag? BragFirst);

/// <summary>
/// The front door: contacts about children in the viewer's scope that are waiting for a threshold decision, oldest
/// first, each with the end of the working day it is due by; and recording a contact about a child new to the service.
/// </summary>
[Authorize(Policy = PagePolicies.ChildRecords)]
public sealed class IndexModel(AppDbContext db, TimeProvider clock, CurrentStaff staff, StatutoryTimescales timescales, WorkingDayCalendar calendar, ShownChildren shown) : PageModel
{
    public IReadOnlyList<AwaitingDecision> Awaiting { get; private set; } = [];

    public bool MayRecord { get; private set; }

    /// <summary>The working days a decision is due within (the end of the next working day by default).</summary>
    public int DecisionWorkingDays => timescales.ContactDecisionWorkingDays;

    public bool MayDecide { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ChildScope scope = await staff.ScopeAsync(cancellationToken);
        MayRecord = scope.MayRecord && staff.User?.WorkerId is not null;
        MayDecide = staff.User?.Role is StaffRole.MashWorker or StaffRole.TeamManager or StaffRole.HeadOfService;
        IQueryable<long> visible = scope.ChildIds(db);
        var rows = await db.Contacts.AsNoTracking()
            .Where(c => c.Outcome == null && visible.Contains(c.ChildId))
            .OrderBy(c => c.ReceivedAt).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.ChildId, c.Child!.FirstName, c.Child.LastName, c.Child.LaChildId, c.ReceivedAt, c.Source, c.BragFirst })
            .Take(500)
            .ToListAsync(cancellationToken);
        DateOnly today = clock.Today();
        Awaiting = rows.Select(r =>
        {
            DateOnly due = DecideContact.DueBy(r.ReceivedAt, timescales, calendar);
            return new AwaitingDecision(r.Id, r.ChildId, r.FirstName + " " + r.LastName, r.LaChildId, r.ReceivedAt, due, due < today, r.Source, r.BragFirst);
        }).ToList();
        shown.Children(Awaiting.Select(a => a.ChildId));
    }
}
