using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using OpenCsc.Data;
using OpenCsc.Indicators;
using OpenCsc.Indicators.Targets;
using OpenCsc.Recording;
using OpenCsc.Web.Recording;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Dashboard;

/// <summary>
/// Every indicator's target: the default OpenCSC ships with, and the authority's where the performance team has set
/// one, with who set it, when and why. Setting a target redraws the dashboard's RAG ratings.
/// </summary>
[Authorize(Policy = PagePolicies.StatutoryReturns)]
public sealed class TargetsModel(AppDbContext db, IMemoryCache cache, RecordingContexts contexts) : RecordingPageModel
{
    public IReadOnlyDictionary<string, IndicatorTarget> Set { get; private set; } = new Dictionary<string, IndicatorTarget>();

    /// <summary>The indicator whose target's version the form carries: after a conflict, the target as it is now.</summary>
    public string? VersionOf => !IsConflict ? Value("versionOf") : Set.ContainsKey(Value("code") ?? "") ? Value("code") : null;

    /// <summary>The version the form carries: after a conflict, that of the target as it is now, so a second save can go ahead.</summary>
    public string? Version => !IsConflict ? Value("version")
        : Set.TryGetValue(Value("code") ?? "", out IndicatorTarget? now) ? now.RowVersion.ToString(CultureInfo.InvariantCulture) : null;

    public async Task OnGetAsync(string? code, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (IndicatorCatalogue.Find(code ?? "") is { } indicator)
        {
            Set.TryGetValue(indicator.Code, out IndicatorTarget? target);
            string? current = target is not null ? SaveTarget.Typed(indicator, target.Value)
                : indicator.DefaultTarget is { } d ? SaveTarget.Typed(indicator, d) : null;

            // The version of the target the form shows, and whose it is: a save of another indicator's does not check it.
            Offer(new Dictionary<string, string?>
            {
                ["code"] = indicator.Code,
                ["value"] = current,
                ["versionOf"] = target is null ? null : indicator.Code,
                ["version"] = target?.RowVersion.ToString(CultureInfo.InvariantCulture),
            });
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        RecordingContext context = await contexts.ForRequestAsync(cancellationToken);
        var form = new FormReader(Request.Form);
        string? code = form.Code(nameof(SaveTargetCommand.Code), "code", [.. IndicatorCatalogue.All.Select(i => i.Code)], "Select the indicator");
        string? typed = form.Text(nameof(SaveTargetCommand.Value), "value", "the target as a number, for example 85", required: true);
        double? value = SaveTarget.Figure(typed);
        if (typed is not null && value is null)
        {
            form.Problem(nameof(SaveTargetCommand.Value), "Enter the target as a number of 0 or more, for example 85");
        }
        else if (value > 100 && IndicatorCatalogue.Find(code ?? "")?.Unit == IndicatorUnit.Percent)
        {
            form.Problem(nameof(SaveTargetCommand.Value), SaveTarget.PercentageMessage);
        }

        string? reason = form.Text(nameof(SaveTargetCommand.Reason), "reason", "why the target is set at this figure, for example the improvement board's decision of 12 May", required: true);
        if (!form.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Invalid(form);
        }

        int? version = form.Raw("versionOf") == code ? form.Version() : null;
        RecordingResult<IndicatorTarget> result = await SaveTarget.RunAsync(db, context, new SaveTargetCommand(code!, value!.Value, reason!, version), cancellationToken);
        IActionResult shown = Show(result, form, target => $"Saved the target for {IndicatorCatalogue.Find(target.IndicatorCode)!.Title}.", _ => "/dashboard/targets");
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
