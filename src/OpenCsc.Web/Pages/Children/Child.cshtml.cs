using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.Audit;
using OpenCsc.Data;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Children;

[Authorize(Policy = PagePolicies.ChildRecords)]
public sealed class ChildModel(AppDbContext db, TimeProvider clock, CurrentStaff staff) : PageModel
{
    public ChildRecordView Record { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public ChildScope Scope { get; private set; } = null!;

    /// <summary>What was just recorded (from the recording form's redirect).</summary>
    [TempData]
    public string? Saved { get; set; }

    /// <summary>The event types ticked in the filter; empty shows everything.</summary>
    public IReadOnlySet<ChronologyType> Filter { get; private set; } = new HashSet<ChronologyType>();

    public IReadOnlyList<ChronologyEvent> Events { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, [FromQuery(Name = "type")] string[]? type, CancellationToken cancellationToken)
    {
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        // Need-to-know: a record outside this person's scope is refused before anything of it is read.
        Scope = await staff.ScopeAsync(cancellationToken);
        if (!await Scope.CanSeeAsync(db, id, cancellationToken))
        {
            return await db.Children.AnyAsync(c => c.Id == id, cancellationToken) ? StatusCode(StatusCodes.Status403Forbidden) : NotFound();
        }

        ChildRecordView? record = await new ChildRecord(db).FindAsync(id, Today, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        Record = record;
        await AuditTrail.RecordAsync(db, AuditEvent.ViewedChild(id), cancellationToken);
        Filter = ChronologyTypes.Parse(type ?? []);
        Events = await new Chronology(db).ForChildAsync(id, Filter, cancellationToken);
        return Page();
    }
}
