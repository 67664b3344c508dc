using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenCsc.ChildProtection;
using OpenCsc.Data;
using OpenCsc.Web.Pages.Shared.Govuk;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Children;

/// <summary>Record a strategy discussion from the child's page: practitioners, for a child in their scope.</summary>
[Authorize(Policy = PagePolicies.RecordOnChildRecords)]
public sealed class RecordStrategyDiscussionModel(AppDbContext db, TimeProvider clock, CurrentStaff staff) : PageModel
{
    public long ChildId { get; private set; }

    public string ChildName { get; private set; } = "";

    public StrategyDiscussionForm Form { get; private set; } = new(null, null, null, [RecordStrategyDiscussion.Csc], null, null, null, null);

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.FieldId == field)?.Message;

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(long id, string? day, string? month, string? year, string[]? agencies, string? otherAgencies, string? absentReason, string? decision, string? rationale, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Form = new StrategyDiscussionForm(day, month, year, agencies ?? [], otherAgencies, absentReason, decision, rationale);
        DateOnly today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var (discussion, errors) = await RecordStrategyDiscussion.RunAsync(db, id, staff.User?.WorkerId, Form, today, cancellationToken);
        if (discussion is null)
        {
            Errors = errors.Select(e => new FieldError(e.FieldId, e.Message)).ToList();
            return Page();
        }

        Saved = $"Strategy discussion on {Formatting.Date(discussion.Date)} recorded.";
        return Redirect("/children/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task<IActionResult?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        ChildId = id;
        if (await staff.RefusalForChildAsync(db, id, cancellationToken) is int refused)
        {
            return StatusCode(refused);
        }

        ChildName = await db.Children.Where(c => c.Id == id).Select(c => c.FirstName + " " + c.LastName).FirstAsync(cancellationToken);
        return null;
    }
}
