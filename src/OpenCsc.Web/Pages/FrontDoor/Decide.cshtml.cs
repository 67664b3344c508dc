using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Calendar;
using OpenCsc.Data;
using OpenCsc.FrontDoor;
using OpenCsc.Web.Recording;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.FrontDoor;

/// <summary>What the decision maker sees of the contact they are deciding on.</summary>
public sealed record ContactSummary(long ChildId, string ChildName, DateTime ReceivedAt, DateOnly DueBy, string Source, string? Concern, Brag? BragFirst, string? RecordedBy, ContactOutcome? Outcome);

/// <summary>The threshold decision on a contact about a child in scope: final BRAG, when, outcome and rationale.</summary>
[Authorize(Policy = PagePolicies.ThresholdDecisions)]
public sealed class DecideModel(AppDbContext db, TimeProvider clock, CurrentStaff staff, RecordingContexts contexts, StatutoryTimescales timescales, WorkingDayCalendar calendar) : RecordingPageModel
{
    public long ContactId { get; private set; }

    public ContactSummary Contact { get; private set; } = null!;

    /// <summary>The decision's timescale in words ("one working day").</summary>
    public string Timescale => DecideContact.WorkingDays(timescales.ContactDecisionWorkingDays);

    public async Task<IActionResult> OnGetAsync(long contact, CancellationToken cancellationToken)
    {
        if (await LoadAsync(contact, cancellationToken) is { } refused)
        {
            return refused;
        }

        int version = await db.Contacts.Where(c => c.Id == contact).Select(c => c.RowVersion).FirstAsync(cancellationToken);
        Offer(new Dictionary<string, string?>(DateValues(clock.Today()))
        {
            ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long contact, CancellationToken cancellationToken)
    {
        if (await LoadAsync(contact, cancellationToken) is { } refused)
        {
            return refused;
        }

        var context = await contexts.ForRequestAsync(cancellationToken);
        var form = new FormReader(Request.Form);
        Brag? brag = form.Choice<Brag>(nameof(DecideContactCommand.Brag), "brag", "Select the final BRAG rating");
        DateOnly? day = form.Date(nameof(DecideContactCommand.DecidedOn), "decided", "the date of the decision", required: true, notAfter: context.Today);
        TimeOnly? time = form.Time(nameof(DecideContactCommand.DecidedTime), "time", "the time of the decision", required: true, id: "decided-time");
        if (day is { } d && time is { } t && d.ToDateTime(t) > context.Now)
        {
            form.Problem(nameof(DecideContactCommand.DecidedTime), "The time of the decision must be now or in the past");
        }

        ContactOutcome? outcome = form.Choice<ContactOutcome>(nameof(DecideContactCommand.Outcome), "outcome", "Select the decision: no further action, early help or referral");

        // Its length is the use case's to check, with the rules that need the contact, so that all are shown at once.
        string? rationale = form.Text(nameof(DecideContactCommand.Rationale), "rationale", "the rationale for the decision", required: true);
        if (!form.IsValid)
        {
            return Invalid(form);
        }

        var command = new DecideContactCommand(contact, brag!.Value, day!.Value, time!.Value, outcome!.Value, rationale!, form.Version());
        var result = await DecideContact.RunAsync(db, context, command, cancellationToken);
        return Show(result, form, decided => decided.Outcome switch
        {
            ContactOutcome.Referral => $"Decision recorded: referral to children's social care. The referral is open; the assessment is due within {context.Timescales.AssessmentWorkingDays.ToString(Formatting.EnGb)} working days.",
            ContactOutcome.EarlyHelp => "Decision recorded: early help.",
            _ => "Decision recorded: no further action.",
        }, _ => ChildUrl);
    }

    private async Task<IActionResult?> LoadAsync(long contactId, CancellationToken cancellationToken)
    {
        ContactId = contactId;
        long? childId = await db.Contacts.Where(c => c.Id == contactId).Select(c => (long?)c.ChildId).FirstOrDefaultAsync(cancellationToken);
        if (childId is null)
        {
            return NotFound();
        }

        if (await OpenChildAsync(db, staff, childId.Value, cancellationToken) is { } refused)
        {
            return refused;
        }

        var found = await db.Contacts.AsNoTracking().Where(c => c.Id == contactId)
            .Select(c => new
            {
                c.ReceivedAt,
                c.Source,
                c.Concern,
                c.BragFirst,
                RecordedBy = c.RecordedBy == null ? null : c.RecordedBy.FirstName + " " + c.RecordedBy.LastName,
                c.Outcome,
            })
            .FirstAsync(cancellationToken);
        DateOnly due = DecideContact.DueBy(found.ReceivedAt, timescales, calendar);
        Contact = new ContactSummary(ChildId, ChildName, found.ReceivedAt, due, found.Source, found.Concern, found.BragFirst, found.RecordedBy, found.Outcome);
        return null;
    }
}
