using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Indicators;
using OpenCsc.Indicators.Targets;
using OpenCsc.Recording;

namespace OpenCsc.Web.Pages.Dashboard;

/// <summary>
/// A target to set: the indicator, the figure as typed (85 for 85%), why, and the version of the indicator's target
/// the form was opened on (null when the form was not opened on a set target: it then sets or replaces it).
/// </summary>
public sealed record SaveTargetCommand(string Code, double Value, string Reason, int? Version);

/// <summary>
/// Sets the authority's target for an indicator, or goes back to the default. Percentages are typed as percentages
/// (85 for 85%) and stored as fractions, like the indicators' values; a reason is required, because a target moved
/// without one is the decision-without-rationale the inspectors found. The target names who set it.
/// </summary>
public static class SaveTarget
{
    public const int MaximumReasonLength = 500;

    public const string PercentageMessage = "A percentage target must be between 0 and 100";

    public static async Task<RecordingResult<IndicatorTarget>> RunAsync(AppDbContext db, RecordingContext context, SaveTargetCommand command, CancellationToken cancellationToken = default)
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

        if (double.IsNaN(command.Value) || double.IsInfinity(command.Value) || command.Value < 0)
        {
            problems.Add(nameof(command.Value), "Enter the target as a number of 0 or more, for example 85");
        }
        else if (indicator?.Unit == IndicatorUnit.Percent && command.Value > 100)
        {
            problems.Add(nameof(command.Value), PercentageMessage);
        }

        string reason = command.Reason.Trim();
        if (reason.Length == 0)
        {
            problems.Add(nameof(command.Reason), "Enter why the target is set at this figure, for example the improvement board's decision of 12 May");
        }
        else if (reason.Length > MaximumReasonLength)
        {
            problems.Add(nameof(command.Reason), "The reason must be 500 characters or fewer");
        }

        if (problems.Count > 0)
        {
            return problems.Invalid();
        }

        double stored = indicator!.Unit == IndicatorUnit.Percent ? command.Value / 100 : command.Value;
        IndicatorTarget? target = await db.IndicatorTargets.FirstOrDefaultAsync(t => t.IndicatorCode == indicator.Code, cancellationToken);
        if (command.Version is { } seen && (target is null || !db.IsAsSeen(target, seen)))
        {
            return Recorded.Conflict(nameof(command.Value));
        }

        if (target is null)
        {
            target = new IndicatorTarget { IndicatorCode = indicator.Code };
            db.IndicatorTargets.Add(target);
        }

        target.Value = stored;
        target.Reason = reason;
        return await context.SaveAsync(db, target, nameof(command.Value), cancellationToken);
    }

    /// <summary>Goes back to the indicator's default target.</summary>
    public static async Task<int> ResetAsync(AppDbContext db, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Through SaveChanges, not ExecuteDelete, so the audit trail records the target that was removed.
        db.IndicatorTargets.RemoveRange(await db.IndicatorTargets.Where(t => t.IndicatorCode == code).ToListAsync(cancellationToken));
        return await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A target as the form shows it: 85 for 85%.</summary>
    public static string Typed(Indicator indicator, double value)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return (indicator.Unit == IndicatorUnit.Percent ? value * 100 : value).ToString("0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>A figure as typed into a dashboard form: a number of 0 or more, a percentage's % sign allowed.</summary>
    public static double? Figure(string? typed)
    {
        string text = (typed ?? "").Trim().TrimEnd('%').Trim();
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && !double.IsNaN(value) && !double.IsInfinity(value) && value >= 0
            ? value
            : null;
    }
}
