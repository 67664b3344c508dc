using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.FrontDoor;
using OpenCsc.Web.Pages.Shared.Govuk;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.FrontDoor;

/// <summary>
/// Record a contact: about a child the service knows (from the child's record, in scope) or about a child it does not,
/// whose record the contact creates. Practitioners with a worker record (the case is held by their team).
/// </summary>
[Authorize(Policy = PagePolicies.RecordOnChildRecords)]
public sealed class RecordContactModel(AppDbContext db, TimeProvider clock, CurrentStaff staff) : PageModel
{
    /// <summary>The known child the contact is about; null for a child new to the service.</summary>
    public long? ChildId { get; private set; }

    public string? ChildName { get; private set; }

    public ContactForm Form { get; private set; } = ContactForm.Empty;

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.FieldId == field)?.Message;

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(long? child, CancellationToken cancellationToken)
    {
        if (await LoadAsync(child, cancellationToken) is { } refused)
        {
            return refused;
        }

        DateTime now = clock.GetLocalNow().DateTime;
        Form = ContactForm.Empty with
        {
            Day = now.Day.ToString(Formatting.EnGb),
            Month = now.Month.ToString(Formatting.EnGb),
            Year = now.Year.ToString(Formatting.EnGb),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(
        long? child, string? firstName, string? lastName, string? birthDay, string? birthMonth, string? birthYear, string? sex,
        string? day, string? month, string? year, string? time, string? source, string? concern, string? brag, CancellationToken cancellationToken)
    {
        if (await LoadAsync(child, cancellationToken) is { } refused)
        {
            return refused;
        }

        Form = new ContactForm(firstName, lastName, birthDay, birthMonth, birthYear, sex, day, month, year, time, source, concern, brag);
        var (contact, problems) = await OpenCsc.FrontDoor.RecordContact.RunAsync(db, child, staff.User!.WorkerId!.Value, Form, clock.GetLocalNow().DateTime, cancellationToken);
        if (contact is null)
        {
            Errors = problems.Select(p => new FieldError(p.Field, p.Message)).ToList();
            return Page();
        }

        Saved = $"Contact recorded: the threshold decision is due within one working day of {Formatting.DateTime(contact.ReceivedAt)}.";
        return Redirect("/children/" + contact.ChildId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task<IActionResult?> LoadAsync(long? child, CancellationToken cancellationToken)
    {
        if (staff.User?.WorkerId is null)
        {
            // A contact is recorded by someone on the staff list: the child's case is held by their team.
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        ChildId = child;
        if (child is not { } id)
        {
            return null;
        }

        if (await staff.RefusalForChildAsync(db, id, cancellationToken) is int refused)
        {
            return StatusCode(refused);
        }

        ChildName = await db.Children.Where(c => c.Id == id).Select(c => c.FirstName + " " + c.LastName).FirstAsync(cancellationToken);
        return null;
    }
}
