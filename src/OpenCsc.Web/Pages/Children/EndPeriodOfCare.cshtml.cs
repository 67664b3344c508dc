using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Codes;
using OpenCsc.Data;
using OpenCsc.LookedAfter;
using OpenCsc.Web.Pages.Shared.Govuk;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Children;

/// <summary>Record that a child ceased to be looked after: practitioners, for a child in their scope.</summary>
[Authorize(Policy = PagePolicies.RecordOnChildRecords)]
public sealed class EndPeriodOfCareModel(AppDbContext db, TimeProvider clock, CurrentStaff staff) : PageModel
{
    public long ChildId { get; private set; }

    public string ChildName { get; private set; } = "";

    /// <summary>The open episode, as it is now; null when the child is not looked after.</summary>
    public CareEpisode? Current { get; private set; }

    public EndOfCareForm Form { get; private set; } = new(null, null, null, null, null, null);

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.FieldId == field)?.Message;

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Current is { } current)
        {
            Form = Form with { Episode = current.Id.ToString(Formatting.EnGb), Version = EditConflicts.VersionOf(current) };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, string? episode, string? version, string? day, string? month, string? year, string? reason, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Form = new EndOfCareForm(episode, version, day, month, year, reason);
        var (ended, problems) = await EndPeriodOfCare.RunAsync(db, id, Form, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), cancellationToken);
        if (ended is not { } on)
        {
            Errors = [.. problems.Select(p => new FieldError(p.Field, p.Message))];
            if (problems.Any(p => p.Field == OpenCareEpisode.Current))
            {
                // Show the record as it is now, and carry its version: saving again is a decision on what is there now.
                Current = await OpenEpisodeDisplay.LoadAsync(db, id, cancellationToken);
                Form = Current is { } now ? Form with { Episode = now.Id.ToString(Formatting.EnGb), Version = EditConflicts.VersionOf(now) } : Form;
            }

            return Page();
        }

        Saved = $"Ceased to be looked after on {Formatting.Date(on)} recorded: {ReasonsEpisodeCeased.Codes.Describe(reason)}.";
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
        Current = await OpenEpisodeDisplay.LoadAsync(db, id, cancellationToken);
        return null;
    }
}
