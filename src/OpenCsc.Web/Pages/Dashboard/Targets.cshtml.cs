using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using OpenCsc.Data;
using OpenCsc.Indicators;
using OpenCsc.Indicators.Targets;
using OpenCsc.Web.Pages.Shared.Govuk;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Dashboard;

/// <summary>
/// Every indicator's target: the default OpenCSC ships with, and the authority's where the performance team has set
/// one, with who set it, when and why. Setting a target redraws the dashboard's RAG ratings.
/// </summary>
[Authorize(Policy = PagePolicies.StatutoryReturns)]
public sealed class TargetsModel(AppDbContext db, IMemoryCache cache) : PageModel
{
    public IReadOnlyDictionary<string, IndicatorTarget> Set { get; private set; } = new Dictionary<string, IndicatorTarget>();

    public TargetForm Form { get; private set; } = new(null, null, null);

    public IReadOnlyList<FieldError> Errors => Form.Errors;

    [TempData]
    public string? Saved { get; set; }

    public async Task OnGetAsync(string? code, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (IndicatorCatalogue.Find(code ?? "") is { } indicator)
        {
            string? current = Set.TryGetValue(indicator.Code, out var target) ? SaveTarget.Typed(indicator, target.Value)
                : indicator.DefaultTarget is { } d ? SaveTarget.Typed(indicator, d) : null;
            Form = new TargetForm(indicator.Code, current, null);
        }
    }

    public async Task<IActionResult> OnPostAsync(string? code, string? value, string? reason, CancellationToken cancellationToken)
    {
        Form = await SaveTarget.RunAsync(db, new TargetForm(code, value, reason), cancellationToken);
        if (Form.Errors.Count > 0)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        DashboardData.Forget(cache);
        Saved = $"Saved the target for {IndicatorCatalogue.Find(Form.Code!)!.Title}.";
        return Redirect("/dashboard/targets");
    }

    public async Task<IActionResult> OnPostResetAsync(string? code, CancellationToken cancellationToken)
    {
        if (IndicatorCatalogue.Find(code ?? "") is not { } indicator)
        {
            return NotFound();
        }

        await SaveTarget.ResetAsync(db, indicator.Code, cancellationToken);
        DashboardData.Forget(cache);
        Saved = $"{indicator.Title} is back to its default target.";
        return Redirect("/dashboard/targets");
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Set = await db.IndicatorTargets.AsNoTracking().ToDictionaryAsync(t => t.IndicatorCode, StringComparer.Ordinal, cancellationToken);
}
