using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenCsc.Calendar;
using OpenCsc.Codes;
using OpenCsc.Data;
using OpenCsc.FrontDoor;
using OpenCsc.Web.Recording;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.FrontDoor;

/// <summary>
/// Record a contact: about a child the service knows (from the child's record, in scope) or about a child it does not,
/// whose record the contact creates. Practitioners with a worker record (the case is held by their team).
/// </summary>
[Authorize(Policy = PagePolicies.RecordOnChildRecords)]
public sealed class RecordContactModel(AppDbContext db, TimeProvider clock, CurrentStaff staff, RecordingContexts contexts, StatutoryTimescales timescales) : RecordingPageModel
{
    private static readonly string[] SexCodes = [.. Sexes.Codes.Entries.Select(e => e.Code)];
    private static readonly string[] SourceCodes = [.. ReferralSources.Codes.Entries.Select(e => e.Code)];

    /// <summary>The timescales the hint and the saved message state (the decision's working days).</summary>
    public StatutoryTimescales Timescales => timescales;

    /// <summary>The known child the contact is about; null for a child new to the service.</summary>
    public long? KnownChildId { get; private set; }

    public async Task<IActionResult> OnGetAsync(long? child, CancellationToken cancellationToken)
    {
        if (await LoadAsync(child, cancellationToken) is { } refused)
        {
            return refused;
        }

        Offer(new Dictionary<string, string?>(DateValues(clock.Today())));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long? child, CancellationToken cancellationToken)
    {
        if (await LoadAsync(child, cancellationToken) is { } refused)
        {
            return refused;
        }

        var context = await contexts.ForRequestAsync(cancellationToken);
        var form = new FormReader(Request.Form);
        string? firstName = null, lastName = null, sex = null;
        DateOnly? born = null;
        if (child is null)
        {
            firstName = form.Text(nameof(RecordContactCommand.FirstName), "firstName", "the child's first name", required: true, id: "first-name", minimum: 1, maximum: RecordContact.MaximumNameLength);
            lastName = form.Text(nameof(RecordContactCommand.LastName), "lastName", "the child's last name", required: true, id: "last-name", minimum: 1, maximum: RecordContact.MaximumNameLength);
            born = form.Date(nameof(RecordContactCommand.DateOfBirth), "birth", "the child's date of birth", required: false, "birthDay", "birthMonth", "birthYear", notAfter: context.Today);
            sex = form.Code(nameof(RecordContactCommand.Sex), "sex", SexCodes, "Select the child's sex, or unknown");
        }

        DateOnly? day = form.Date(nameof(RecordContactCommand.ReceivedOn), "received", "the date the contact came in", required: true, notAfter: context.Today);
        TimeOnly? time = form.Time(nameof(RecordContactCommand.ReceivedTime), "time", "the time the contact came in", required: true, id: "received-time");
        if (day is { } d && time is { } t && d.ToDateTime(t) > context.Now)
        {
            form.Problem(nameof(RecordContactCommand.ReceivedTime), "The time the contact came in must be now or in the past");
        }

        string? source = form.Code(nameof(RecordContactCommand.Source), "source", SourceCodes, "Select who made the contact");
        string? concern = form.Text(nameof(RecordContactCommand.Concern), "concern", "what the person is worried about", required: true, minimum: 1, maximum: RecordContact.MaximumConcernLength);
        Brag? brag = form.Choice<Brag>(nameof(RecordContactCommand.Brag), "brag", "Select the first BRAG rating");
        if (!form.IsValid)
        {
            return Invalid(form);
        }

        var command = new RecordContactCommand(child, firstName, lastName, born, sex, day!.Value, time!.Value, source!, concern!, brag!.Value);
        return await SaveOnceAsync(db, context, () => RecordContact.RunAsync(db, context, command, cancellationToken), form,
            contact => $"Contact recorded: the threshold decision is due within {DecideContact.WorkingDays(context.Timescales.ContactDecisionWorkingDays)} of {Formatting.DateTime(contact.ReceivedAt)}.",
            contact => "/children/" + contact.ChildId.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
    }

    private async Task<IActionResult?> LoadAsync(long? child, CancellationToken cancellationToken)
    {
        if (staff.User?.WorkerId is null)
        {
            // A contact is recorded by someone on the staff list: the child's case is held by their team.
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        KnownChildId = child;
        return child is { } id ? await OpenChildAsync(db, staff, id, cancellationToken) : null;
    }
}
