using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using OpenCsc.Data;
using OpenCsc.Indicators;
using OpenCsc.Indicators.Comparators;
using OpenCsc.Recording;
using OpenCsc.Web.Recording;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Dashboard;

/// <summary>The published figures the dashboard compares with: the DfE's by default; the performance team edits them.</summary>
[Authorize(Policy = PagePolicies.StatutoryReturns)]
public sealed class ComparatorsModel(AppDbContext db, IMemoryCache cache, RecordingContexts contexts) : RecordingPageModel
{
    public IReadOnlyList<Comparator> Comparators { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        RecordingContext context = await contexts.ForRequestAsync(cancellationToken);
        var form = new FormReader(Request.Form);
        string? code = form.Code(nameof(SaveComparatorCommand.Code), "code", [.. IndicatorCatalogue.All.Select(i => i.Code)], "Select the indicator");
        string? area = form.Text(nameof(SaveComparatorCommand.Area), "area", "the area, for example England", required: true);
        int? year = int.TryParse(form.Raw("year")?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int y) && y is >= 2000 and <= 2100 ? y : null;
        form.Link(nameof(SaveComparatorCommand.Year), "year");
        if (year is null)
        {
            form.Problem(nameof(SaveComparatorCommand.Year), SaveComparator.YearMessage);
        }

        double? value = SaveTarget.Figure(form.Raw("value"));
        form.Link(nameof(SaveComparatorCommand.Value), "value");
        if (value is null)
        {
            form.Problem(nameof(SaveComparatorCommand.Value), "Enter the figure as a number, for example 22.6");
        }
        else if (value > 100 && IndicatorCatalogue.Find(code ?? "")?.Unit == IndicatorUnit.Percent)
        {
            form.Problem(nameof(SaveComparatorCommand.Value), SaveComparator.PercentageMessage);
        }

        string? source = form.Text(nameof(SaveComparatorCommand.Source), "source", "the source", required: false, maximum: SaveComparator.MaximumSourceLength);
        if (!form.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Invalid(form);
        }

        var command = new SaveComparatorCommand(code!, area!, year!.Value, value!.Value, source);
        RecordingResult<Comparator> result = await SaveComparator.RunAsync(db, context, command, cancellationToken);
        IActionResult shown = Show(result, form, c => $"Saved {c.Area} {c.Year.ToString(CultureInfo.InvariantCulture)} for {c.IndicatorCode}.", _ => "/dashboard/comparators");
        if (result.IsSaved)
        {
            DashboardData.Forget(cache);
        }
        else
        {
            db.ChangeTracker.Clear();
            await LoadAsync(cancellationToken);
        }

        return shown;
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
        Comparators = (await db.Comparators.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(c => c.IndicatorCode, StringComparer.Ordinal).ThenByDescending(c => c.Year).ThenBy(c => DashboardData.AreaOrder(c.Area)).ThenBy(c => c.Area, StringComparer.Ordinal)
            .ToList();
    }
}
