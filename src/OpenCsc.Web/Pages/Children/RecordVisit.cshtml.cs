using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Calendar;
using OpenCsc.Data;
using OpenCsc.Visits;
using OpenCsc.Web.Recording;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Children;

/// <summary>
/// Record a visit, from the child's page: one click to open the form, one to save. Only practitioners record, and only
/// on a child in their scope; the form keeps what was typed when a field is wrong.
/// </summary>
[Authorize(Policy = PagePolicies.RecordOnChildRecords)]
public sealed class RecordVisitModel(AppDbContext db, TimeProvider clock, CurrentStaff staff, RecordingContexts contexts) : RecordingPageModel
{
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await OpenChildAsync(db, staff, id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Offer(new Dictionary<string, string?> { ["kind"] = await DefaultKindAsync(id, clock.Today(), cancellationToken) });
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (await OpenChildAsync(db, staff, id, cancellationToken) is { } refused)
        {
            return refused;
        }

        var context = await contexts.ForRequestAsync(cancellationToken);
        var form = new FormReader(Request.Form);
        VisitKind? kind = form.Choice<VisitKind>(nameof(RecordVisitCommand.Kind), "kind", "Select the kind of visit");
        DateOnly? date = form.Date(nameof(RecordVisitCommand.VisitDate), "visit-date", "the date of the visit", required: true, notAfter: context.Today);
        bool? seen = form.YesNo(nameof(RecordVisitCommand.ChildSeen), "seen", "Select yes if the child was seen");
        bool? alone = form.YesNo(nameof(RecordVisitCommand.SeenAlone), "seenAlone", "Select yes if the child was seen alone", required: seen == true, id: "seen-alone");
        string? note = form.Text(nameof(RecordVisitCommand.Note), "note", "the note", required: false, maximum: RecordVisit.MaximumNoteLength);
        if (!form.IsValid)
        {
            return Invalid(form);
        }

        var command = new RecordVisitCommand(id, kind!.Value, date!.Value, seen!.Value, alone == true, note);
        return await SaveOnceAsync(db, context, () => RecordVisit.RunAsync(db, context, command, cancellationToken), form,
            visit => $"{RecordVisit.Label(visit.Kind)} on {Formatting.Date(visit.VisitDate)} recorded.", _ => ChildUrl, cancellationToken);
    }

    /// <summary>The kind of visit the child's current status calls for: CP, then looked after, then care leaver, else CIN.</summary>
    private async Task<string> DefaultKindAsync(long id, DateOnly today, CancellationToken cancellationToken)
    {
        if (await db.ChildProtectionPlans.AnyAsync(p => p.ChildId == id && p.StartDate <= today && (p.EndDate == null || p.EndDate > today), cancellationToken))
        {
            return nameof(VisitKind.ChildProtection);
        }

        if (await db.PeriodsOfCare.AnyAsync(p => p.ChildId == id && p.StartDate <= today && (p.EndDate == null || p.EndDate > today), cancellationToken))
        {
            return nameof(VisitKind.LookedAfter);
        }

        return await db.CareLeavers.AnyAsync(l => l.ChildId == id, cancellationToken) ? nameof(VisitKind.CareLeaver) : nameof(VisitKind.ChildInNeed);
    }
}
