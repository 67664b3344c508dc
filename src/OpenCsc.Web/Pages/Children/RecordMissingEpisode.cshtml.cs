using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.LookedAfter;
using OpenCsc.Web.Pages.Shared.Govuk;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Children;

/// <summary>Record a missing (or absent) episode from the child's page: practitioners, for a child in their scope.</summary>
[Authorize(Policy = PagePolicies.RecordOnChildRecords)]
public sealed class RecordMissingEpisodeModel(AppDbContext db, TimeProvider clock, CurrentStaff staff) : PageModel
{
    public long ChildId { get; private set; }

    public string ChildName { get; private set; } = "";

    public MissingEpisodeForm Form { get; private set; } = new(null, null, null, null, null, null, null, null);

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.FieldId == field)?.Message;

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(long id, string? kind, string? day, string? month, string? year, string? returnDay, string? returnMonth, string? returnYear, string? returnTime, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Form = new MissingEpisodeForm(kind, day, month, year, returnDay, returnMonth, returnYear, returnTime);
        var (episode, errors) = await RecordMissingEpisode.RunAsync(db, id, Form, clock.GetLocalNow().DateTime, cancellationToken);
        if (episode is null)
        {
            Errors = errors.Select(e => new FieldError(e.FieldId, e.Message)).ToList();
            return Page();
        }

        Saved = episode.ReturnedAt is null
            ? $"{(episode.Kind == MissingKind.Missing ? "Missing" : "Absent")} episode from {Formatting.Date(episode.StartDate)} recorded: the child has not come back."
            : $"{(episode.Kind == MissingKind.Missing ? "Missing" : "Absent")} episode from {Formatting.Date(episode.StartDate)} recorded: offer a return home interview within 72 hours of the return.";
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
