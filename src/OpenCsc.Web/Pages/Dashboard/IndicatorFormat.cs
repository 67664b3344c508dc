using OpenCsc.Indicators;
using OpenCsc.Web.Pages.Shared.Govuk;

namespace OpenCsc.Web.Pages.Dashboard;

/// <summary>How indicator figures read on the pages.</summary>
public static class IndicatorFormat
{
    public static string Value(Indicator indicator, double? value) => value is not { } v ? "No data" : indicator.Unit switch
    {
        IndicatorUnit.Percent => (v * 100).ToString("0.0", Formatting.EnGb) + "%",
        IndicatorUnit.Count => v.ToString("N0", Formatting.EnGb),
        _ => v.ToString("N1", Formatting.EnGb),
    };

    /// <summary>"225 of 373", or for a rate "325 plans, 93,000 children", or for a count "".</summary>
    public static string Fraction(Indicator indicator, IndicatorValue value) => indicator.Unit switch
    {
        IndicatorUnit.Count => "",
        IndicatorUnit.RatePer10000 => value.Denominator is { } d
            ? $"{value.Numerator.ToString("N0", Formatting.EnGb)} of {d.ToString("N0", Formatting.EnGb)} children"
            : "No population estimate",
        _ => $"{value.Numerator.ToString("N0", Formatting.EnGb)} of {(value.Denominator ?? 0).ToString("N0", Formatting.EnGb)}",
    };

    public static TagModel RagTag(Rag rag) => rag switch
    {
        Rag.Green => new TagModel("Green", "green"),
        Rag.Amber => new TagModel("Amber", "yellow"),
        Rag.Red => new TagModel("Red", "red"),
        Rag.NoData => new TagModel("No data", "grey"),
        _ => new TagModel("No target", "grey"),
    };

    public static TagModel CountedTag(bool counted) => counted ? new TagModel("Yes", "green") : new TagModel("No", "grey");

    public static string Polarity(Indicator indicator) => indicator.Polarity switch
    {
        OpenCsc.Indicators.Polarity.HigherIsBetter => "Higher is better",
        OpenCsc.Indicators.Polarity.LowerIsBetter => "Lower is better",
        _ => "No better direction: a volume to watch",
    };

    public static string MonthLabel(ReportingPeriod period) =>
        period.From.Day == 1 && period.To == period.From.AddMonths(1).AddDays(-1)
            ? period.From.ToString("MMM yyyy", Formatting.EnGb)
            : period.From.ToString("MMM yyyy", Formatting.EnGb) + " (to " + period.To.ToString("d MMM", Formatting.EnGb) + ")";
}
