using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCsc.Audit;
using OpenCsc.Data;

namespace OpenCsc.Web.Pages.Children;

public sealed class ChildModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public ChildRecordView Record { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    /// <summary>The event types ticked in the filter; empty shows everything.</summary>
    public IReadOnlySet<ChronologyType> Filter { get; private set; } = new HashSet<ChronologyType>();

    public IReadOnlyList<ChronologyEvent> Events { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, [FromQuery(Name = "type")] string[]? type, CancellationToken cancellationToken)
    {
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
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
