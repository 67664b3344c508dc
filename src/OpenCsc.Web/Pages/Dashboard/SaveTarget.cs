using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Indicators;
using OpenCsc.Indicators.Targets;
using OpenCsc.Web.Pages.Shared.Govuk;

namespace OpenCsc.Web.Pages.Dashboard;

/// <summary>The target form as typed (kept when it has errors).</summary>
public sealed record TargetForm(string? Code, string? Value, string? Reason)
{
    public IReadOnlyList<FieldError> Errors { get; init; } = [];

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.FieldId == field)?.Message;
}

/// <summary>
/// Sets the authority's target for an indicator, or goes back to the default. Percentages are typed as percentages
/// (85 for 85%) and stored as fractions, like the indicators' values; a reason is required, because a target moved
/// without one is the decision-without-rationale the inspectors found.
/// </summary>
public static class SaveTarget
{
    public static async Task<TargetForm> RunAsync(AppDbContext db, TargetForm form, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        Indicator? indicator = string.IsNullOrWhiteSpace(form.Code) ? null : IndicatorCatalogue.Find(form.Code);
        if (indicator is null)
        {
            errors.Add(new FieldError("code", "Select the indicator"));
        }

        string valueText = (form.Value ?? "").Trim().TrimEnd('%').Trim();
        double value = 0;
        if (valueText.Length == 0)
        {
            errors.Add(new FieldError("value", "Enter the target as a number, for example 85"));
        }
        else if (!double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || double.IsNaN(value) || double.IsInfinity(value) || value < 0)
        {
            errors.Add(new FieldError("value", "Enter the target as a number of 0 or more, for example 85"));
        }
        else if (indicator?.Unit == IndicatorUnit.Percent && value > 100)
        {
            errors.Add(new FieldError("value", "A percentage target must be between 0 and 100"));
        }

        string reason = form.Reason?.Trim() ?? "";
        if (reason.Length == 0)
        {
            errors.Add(new FieldError("reason", "Enter why the target is set at this figure, for example the improvement board's decision of 12 May"));
        }
        else if (reason.Length > 500)
        {
            errors.Add(new FieldError("reason", "The reason must be 500 characters or fewer"));
        }

        if (errors.Count > 0)
        {
            return form with { Errors = errors };
        }

        double stored = indicator!.Unit == IndicatorUnit.Percent ? value / 100 : value;
        IndicatorTarget? existing = await db.IndicatorTargets.FirstOrDefaultAsync(t => t.IndicatorCode == indicator.Code, cancellationToken);
        if (existing is null)
        {
            db.IndicatorTargets.Add(new IndicatorTarget { IndicatorCode = indicator.Code, Value = stored, Reason = reason });
        }
        else
        {
            existing.Value = stored;
            existing.Reason = reason;
        }

        await db.SaveChangesAsync(cancellationToken);
        return form with { Code = indicator.Code };
    }

    /// <summary>Goes back to the indicator's default target.</summary>
    public static async Task<int> ResetAsync(AppDbContext db, string code, CancellationToken cancellationToken)
    {
        // Through SaveChanges, not ExecuteDelete, so the audit trail records the target that was removed.
        db.IndicatorTargets.RemoveRange(await db.IndicatorTargets.Where(t => t.IndicatorCode == code).ToListAsync(cancellationToken));
        return await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A target as the form shows it: 85 for 85%.</summary>
    public static string Typed(Indicator indicator, double value) =>
        (indicator.Unit == IndicatorUnit.Percent ? value * 100 : value).ToString("0.##", CultureInfo.InvariantCulture);
}
