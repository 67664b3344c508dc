using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Indicators;
using OpenCsc.Indicators.Comparators;
using OpenCsc.Web.Pages.Shared.Govuk;

namespace OpenCsc.Web.Pages.Dashboard;

/// <summary>The comparator form as typed (kept when it has errors).</summary>
public sealed record ComparatorForm(string? Code, string? Area, string? Year, string? Value, string? Source)
{
    public IReadOnlyList<FieldError> Errors { get; init; } = [];

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.FieldId == field)?.Message;
}

/// <summary>
/// Adds a comparator, or changes the one for the same indicator, area and year. Percentages are typed as percentages
/// (22.6 for 22.6%) and stored as fractions, like the indicators' values.
/// </summary>
public static class SaveComparator
{
    public static async Task<ComparatorForm> RunAsync(AppDbContext db, ComparatorForm form, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        Indicator? indicator = string.IsNullOrWhiteSpace(form.Code) ? null : IndicatorCatalogue.Find(form.Code);
        if (indicator is null)
        {
            errors.Add(new FieldError("code", "Select the indicator"));
        }

        string area = form.Area?.Trim() ?? "";
        if (area.Length == 0)
        {
            errors.Add(new FieldError("area", "Enter the area, for example England"));
        }
        else if (area.Length > 100)
        {
            errors.Add(new FieldError("area", "The area must be 100 characters or fewer"));
        }

        if (!int.TryParse(form.Year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int year) || year is < 2000 or > 2100)
        {
            errors.Add(new FieldError("year", "Enter the reporting year as 4 numbers, for example 2025"));
        }

        string valueText = (form.Value ?? "").Trim().TrimEnd('%').Trim();
        if (!double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || double.IsNaN(value) || double.IsInfinity(value) || value < 0)
        {
            errors.Add(new FieldError("value", "Enter the figure as a number, for example 22.6"));
        }
        else if (indicator?.Unit == IndicatorUnit.Percent && value > 100)
        {
            errors.Add(new FieldError("value", "A percentage must be between 0 and 100"));
        }

        string? source = string.IsNullOrWhiteSpace(form.Source) ? null : form.Source.Trim();
        if (source?.Length > 500)
        {
            errors.Add(new FieldError("source", "The source must be 500 characters or fewer"));
        }

        if (errors.Count > 0)
        {
            return form with { Errors = errors };
        }

        double stored = indicator!.Unit == IndicatorUnit.Percent ? value / 100 : value;
        Comparator? existing = await db.Comparators.FirstOrDefaultAsync(c => c.IndicatorCode == indicator.Code && c.Area == area && c.Year == year, cancellationToken);
        if (existing is null)
        {
            db.Comparators.Add(new Comparator { IndicatorCode = indicator.Code, Area = area, Year = year, Value = stored, Source = source });
        }
        else
        {
            existing.Value = stored;
            existing.Source = source;
            existing.SourceAddress = null;
        }

        await db.SaveChangesAsync(cancellationToken);
        return form;
    }
}
