using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.Children.Chronology;
using OpenCsc.Data;
using OpenCsc.Trackers;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Children;

[Authorize(Policy = PagePolicies.ChildRecords)]
public sealed class ChildModel(AppDbContext db, TimeProvider clock, CurrentStaff staff) : PageModel
{
    public ChildRecordView Record { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public TimeZoneInfo LocalTimeZone => clock.LocalTimeZone;

    public ChildScope Scope { get; private set; } = null!;

    /// <summary>What was just recorded (from the recording form's redirect).</summary>
    [TempData]
    public string? Saved { get; set; }

    /// <summary>The event types ticked in the filter; empty shows everything.</summary>
    public IReadOnlySet<ChronologyType> Filter { get; private set; } = new HashSet<ChronologyType>();

    public IReadOnlyList<ChronologyEvent> Events { get; private set; } = [];

    /// <summary>Set when the record is outside the person's scope but they may open it by break-glass.</summary>
    public bool OutOfScope { get; private set; }

    public long Id { get; private set; }

    /// <summary>The plans and statuses open today.</summary>
    public IReadOnlyList<CurrentPlan> Plans { get; private set; } = [];

    /// <summary>What is due for this child on every tracker, most urgent first.</summary>
    public IReadOnlyList<TrackerItem> Due { get; private set; } = [];

    /// <summary>The person's open break-glass access to this record, when that is how they see it.</summary>
    public BreakGlassAccess? BreakGlass { get; private set; }

    /// <summary>Contacts about the child waiting for a threshold decision: when each came in.</summary>
    public IReadOnlyList<(long Id, DateTime ReceivedAt)> AwaitingDecision { get; private set; } = [];

    /// <summary>Whether the viewer makes threshold decisions at the front door.</summary>
    public bool MayDecideContacts => Scope.User.Role is StaffRole.MashWorker or StaffRole.TeamManager or StaffRole.HeadOfService;

    public async Task<IActionResult> OnGetAsync(long id, [FromQuery(Name = "type")] string[]? type, CancellationToken cancellationToken)
    {
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        // Need-to-know: a record outside this person's scope is refused before anything of it is read.
        Id = id;
        // The check declares the child to the audit trail: viewed when the page is shown, refused otherwise.
        Scope = await staff.ScopeAsync(cancellationToken);
        if (await staff.RefusalForChildAsync(db, id, cancellationToken) is int refused)
        {
            if (refused == StatusCodes.Status404NotFound || !Scope.MayBreakGlass)
            {
                return StatusCode(refused);
            }

            // Refused, with the way to open the record by giving a reason; nothing of the record is shown.
            OutOfScope = true;
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        ChildRecordView? record = await new ChildRecord(db).FindAsync(id, Today, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        Record = record;
        Plans = await new CurrentPlans(db).ForChildAsync(id, Today, cancellationToken);
        Due = await DueAsync(id, cancellationToken);
        AwaitingDecision = (await db.Contacts.AsNoTracking().Where(c => c.ChildId == id && c.Outcome == null).OrderBy(c => c.ReceivedAt)
            .Select(c => new { c.Id, c.ReceivedAt }).ToListAsync(cancellationToken)).Select(c => (c.Id, c.ReceivedAt)).ToList();
        BreakGlass = await OpenByBreakGlass.OpenAccessAsync(db, Scope.User.AccountId, id, clock.GetUtcNow().UtcDateTime, cancellationToken);
        Filter = ChildChronology.Parse(type ?? []);
        Events = await new ChildChronology(db).ForChildAsync(id, Filter, cancellationToken);
        return Page();
    }

    /// <summary>Every tracker's open items for this one child (the same rules as the trackers), most urgent first.</summary>
    private async Task<IReadOnlyList<TrackerItem>> DueAsync(long id, CancellationToken cancellationToken)
    {
        var list = new ListTrackerItems(TrackerQuery.For(db, HttpContext.RequestServices.GetRequiredService<OpenCsc.Calendar.TimescalesInForce>()));
        var filter = new TrackerFilter(Today, Children: db.Children.Where(c => c.Id == id).Select(c => c.Id));
        var items = new List<TrackerItem>();
        foreach (Tracker tracker in TrackerCatalogue.All)
        {
            items.AddRange((await list.RunAsync(tracker, filter, cancellationToken)).Items);
        }

        items.Sort(ListTrackerItems.ByUrgency);
        return items;
    }
}
