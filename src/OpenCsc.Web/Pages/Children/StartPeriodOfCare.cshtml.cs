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

/// <summary>Record that a child became looked after, from the child's page: practitioners, for a child in their scope.</summary>
[Authorize(Policy = PagePolicies.RecordOnChildRecords)]
public sealed class StartPeriodOfCareModel(AppDbContext db, TimeProvider clock, CurrentStaff staff) : PageModel
{
    public long ChildId { get; private set; }

    public string ChildName { get; private set; } = "";

    /// <summary>When the child's open period of care began, if they are looked after.</summary>
    public DateOnly? LookedAfterSince { get; private set; }

    public StartOfCareForm Form { get; private set; } = new(null, null, null, null, null, null, null);

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.FieldId == field)?.Message;

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(long id, string? day, string? month, string? year, string? legalStatus, string? categoryOfNeed, string? placement, string? provider, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Form = new StartOfCareForm(day, month, year, legalStatus, categoryOfNeed, placement, provider);
        var (period, problems) = await StartPeriodOfCare.RunAsync(db, id, Form, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), cancellationToken);
        if (period is null)
        {
            Errors = [.. problems.Select(p => new FieldError(p.Field, p.Message))];
            LookedAfterSince = await OpenSinceAsync(id, cancellationToken);
            return Page();
        }

        CareEpisode first = period.Episodes[0];
        Saved = $"Looked after from {Formatting.Date(period.StartDate)} recorded: {LegalStatuses.Codes.Describe(first.LegalStatus)}, {PlacementTypes.Codes.Describe(first.PlacementType)}.";
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
        LookedAfterSince = await OpenSinceAsync(id, cancellationToken);
        return null;
    }

    private Task<DateOnly?> OpenSinceAsync(long id, CancellationToken cancellationToken) =>
        db.PeriodsOfCare.AsNoTracking().Where(p => p.ChildId == id && p.EndDate == null)
            .OrderByDescending(p => p.StartDate).Select(p => (DateOnly?)p.StartDate).FirstOrDefaultAsync(cancellationToken);
}
