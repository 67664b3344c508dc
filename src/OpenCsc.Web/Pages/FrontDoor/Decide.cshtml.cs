using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Calendar;
using OpenCsc.Data;
using OpenCsc.FrontDoor;
using OpenCsc.Web.Pages.Shared.Govuk;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.FrontDoor;

/// <summary>What the decision maker sees of the contact they are deciding on.</summary>
public sealed record ContactSummary(long ChildId, string ChildName, DateTime ReceivedAt, DateOnly DueBy, string Source, string? Concern, Brag? BragFirst, string? RecordedBy, ContactOutcome? Outcome);

/// <summary>The threshold decision on a contact about a child in scope: final BRAG, when, outcome and rationale.</summary>
[Authorize(Policy = PagePolicies.ThresholdDecisions)]
public sealed class DecideModel(AppDbContext db, TimeProvider clock, CurrentStaff staff) : PageModel
{
    public long ContactId { get; private set; }

    public ContactSummary Contact { get; private set; } = null!;

    public ContactDecisionForm Form { get; private set; } = ContactDecisionForm.Empty;

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.FieldId == field)?.Message;

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(long contact, CancellationToken cancellationToken)
    {
        if (await LoadAsync(contact, cancellationToken) is { } refused)
        {
            return refused;
        }

        DateTime now = clock.GetLocalNow().DateTime;
        string version = await db.Contacts.Where(c => c.Id == contact).Select(c => c.RowVersion).FirstAsync(cancellationToken) is int v
            ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
        Form = new ContactDecisionForm(null, now.Day.ToString(Formatting.EnGb), now.Month.ToString(Formatting.EnGb), now.Year.ToString(Formatting.EnGb), null, null, null, version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long contact, string? brag, string? day, string? month, string? year, string? time, string? outcome, string? rationale, string? version, CancellationToken cancellationToken)
    {
        if (await LoadAsync(contact, cancellationToken) is { } refused)
        {
            return refused;
        }

        Form = new ContactDecisionForm(brag, day, month, year, time, outcome, rationale, version);
        var (saved, problems) = await DecideContact.RunAsync(db, contact, staff.User?.WorkerId, Form, clock.GetLocalNow().DateTime, cancellationToken);
        if (!saved)
        {
            Errors = problems.Select(p => new FieldError(p.Field, p.Message)).ToList();
            return Page();
        }

        Saved = Form.Outcome switch
        {
            nameof(ContactOutcome.Referral) => "Decision recorded: referral to children's social care. The referral is open; the assessment is due within 45 working days.",
            nameof(ContactOutcome.EarlyHelp) => "Decision recorded: early help.",
            _ => "Decision recorded: no further action.",
        };
        return Redirect("/children/" + Contact.ChildId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task<IActionResult?> LoadAsync(long contactId, CancellationToken cancellationToken)
    {
        ContactId = contactId;
        var found = await db.Contacts.AsNoTracking().Where(c => c.Id == contactId)
            .Select(c => new
            {
                c.ChildId,
                ChildName = c.Child!.FirstName + " " + c.Child.LastName,
                c.ReceivedAt,
                c.Source,
                c.Concern,
                c.BragFirst,
                RecordedBy = c.RecordedBy == null ? null : c.RecordedBy.FirstName + " " + c.RecordedBy.LastName,
                c.Outcome,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        var scope = await staff.ScopeAsync(cancellationToken);
        if (!await scope.CanSeeAsync(db, found.ChildId, cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        DateOnly due = WorkingDayCalendar.EnglandAndWales().AddWorkingDays(DateOnly.FromDateTime(found.ReceivedAt), 1);
        Contact = new ContactSummary(found.ChildId, found.ChildName, found.ReceivedAt, due, found.Source, found.Concern, found.BragFirst, found.RecordedBy, found.Outcome);
        return null;
    }
}
