using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Indicators;
using OpenCsc.Indicators.Comparators;
using OpenCsc.Recording;

namespace OpenCsc.Web.Pages.Dashboard;

/// <summary>A comparator to add or change: the indicator, area, reporting year, the figure as published (22.6 for 22.6%), its source.</summary>
public sealed record SaveComparatorCommand(string Code, string Area, int Year, double Value, string? Source);

/// <summary>
/// Adds a comparator, or changes the one for the same indicator, area and year. Percentages are typed as percentages
/// (22.6 for 22.6%) and stored as fractions, like the indicators' values. The comparator names who saved it.
/// </summary>
public static class SaveComparator
{
    public const int MaximumAreaLength = 100;

    public const int MaximumSourceLength = 500;

    public const string YearMessage = "Enter the reporting year as 4 numbers, for example 2025";

    public const string PercentageMessage = "A percentage must be between 0 and 100";

    public static async Task<RecordingResult<Comparator>> RunAsync(AppDbContext db, RecordingContext context, SaveComparatorCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        var problems = new FieldProblems();
        Indicator? indicator = IndicatorCatalogue.Find(command.Code);
        if (indicator is null)
        {
            problems.Add(nameof(command.Code), "Select the indicator");
        }

        string area = command.Area.Trim();
        if (area.Length == 0)
        {
            problems.Add(nameof(command.Area), "Enter the area, for example England");
        }
        else if (area.Length > MaximumAreaLength)
        {
            problems.Add(nameof(command.Area), "The area must be 100 characters or fewer");
        }

        if (command.Year is < 2000 or > 2100)
        {
            problems.Add(nameof(command.Year), YearMessage);
        }

        if (double.IsNaN(command.Value) || double.IsInfinity(command.Value) || command.Value < 0)
        {
            problems.Add(nameof(command.Value), "Enter the figure as a number, for example 22.6");
        }
        else if (indicator?.Unit == IndicatorUnit.Percent && command.Value > 100)
        {
            problems.Add(nameof(command.Value), PercentageMessage);
        }

        string? source = string.IsNullOrWhiteSpace(command.Source) ? null : command.Source.Trim();
        if (source?.Length > MaximumSourceLength)
        {
            problems.Add(nameof(command.Source), "The source must be 500 characters or fewer");
        }

        if (problems.Count > 0)
        {
            return problems.Invalid();
        }

        double stored = indicator!.Unit == IndicatorUnit.Percent ? command.Value / 100 : command.Value;
        Comparator? comparator = await db.Comparators.FirstOrDefaultAsync(c => c.IndicatorCode == indicator.Code && c.Area == area && c.Year == command.Year, cancellationToken);
        if (comparator is null)
        {
            comparator = new Comparator { IndicatorCode = indicator.Code, Area = area, Year = command.Year };
            db.Comparators.Add(comparator);
        }

        comparator.Value = stored;
        comparator.Source = source;
        comparator.SourceAddress = null;
        return await context.SaveAsync(db, comparator, nameof(command.Value), cancellationToken);
    }
}
