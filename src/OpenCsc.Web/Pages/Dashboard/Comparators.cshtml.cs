using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using OpenCsc.Data;
using OpenCsc.Indicators.Comparators;
using OpenCsc.Web.Pages.Shared.Govuk;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Dashboard;

/// <summary>The published figures the dashboard compares with: the DfE's by default; the performance team edits them.</summary>
[Authorize(Policy = PagePolicies.StatutoryReturns)]
public sealed class ComparatorsModel(AppDbContext db, IMemoryCache cache) : PageModel
{
    public IReadOnlyList<Comparator> Comparators { get; private set; } = [];

    public ComparatorForm Form { get; private set; } = new(null, null, null, null, null);

    public IReadOnlyList<FieldError> Errors => Form.Errors;

    [TempData]
    public string? Saved { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(string? code, string? area, string? year, string? value, string? source, CancellationToken cancellationToken)
    {
        await DefaultComparators.EnsureAsync(db, cancellationToken);
        Form = await SaveComparator.RunAsync(db, new ComparatorForm(code, area, year, value, source), cancellationToken);
        if (Form.Errors.Count > 0)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        DashboardData.Forget(cache);
        Saved = $"Saved {Form.Area} {Form.Year} for {Form.Code}.";
        return Redirect("/dashboard/comparators");
    }

    public async Task<IActionResult> OnPostRemoveAsync(long id, CancellationToken cancellationToken)
    {
        // Through SaveChanges, not ExecuteDelete, so the audit trail records the comparator that was removed.
        db.Comparators.RemoveRange(await db.Comparators.Where(c => c.Id == id).ToListAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        DashboardData.Forget(cache);
        Saved = "Removed the comparator.";
        return Redirect("/dashboard/comparators");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await DefaultComparators.EnsureAsync(db, cancellationToken);
        Comparators = (await db.Comparators.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(c => c.IndicatorCode, StringComparer.Ordinal).ThenByDescending(c => c.Year).ThenBy(c => DashboardData.AreaOrder(c.Area)).ThenBy(c => c.Area, StringComparer.Ordinal)
            .ToList();
    }
}
